"""Blind synthetic cramp journals with one planted cause (examiner "O").

Point of view
-------------
Every journal is the hand-kept notebook of one masters swimmer and walker aged 55-78 who also
gardens and goes to aqua-jogging classes.  They write things down on paper (rounded times, "about
an hour", "hot!", "woke with L calf cramp ~3am"), and a grandchild types the notebook in once a
week.  So the journal has the texture of that: whole weeks missing (notebook left at a relative's,
pages lost), random untyped days, times rounded to 5-30 min, durations rounded, units the way the
person thinks (US homes: oz, lb, degF, miles and 25-yd pools; UK/EU/AU homes: metric, sometimes
lb), the home time zone with correct daylight saving (but a few typists always use the winter
offset, and some trips abroad are typed with the home offset), the odd exact duplicate line (only
in journals without ids, so an idempotent import drops it), and lay guesses in the notes that are
independent of the truth ("not enough water?", "need more bananas?").

What is logged: masters pool swims (distance, sometimes warm-up/cool-down, rpe), aqua jogging
(typed as "other" + note, or as swimming/running depending on the grandchild), walks (distance,
temperature from the phone, avg HR when they own a wrist band), gardening ("other" + note), the
odd yoga class, summer lake/sea swims and trip hikes; drinks (tea, coffee, water bottle on walks,
glasses of water while gardening, the occasional sports drink / electrolyte tablet / rehydration
sachet, beer after gardening); morning weigh-ins and, for people who have the habit, weighing
before and after walks and gardening; bed and wake times; meals as USDA SR28 items (by NDB number
or by the exact SR28 short name); daily supplements (vitamin D, calcium+D, multivitamin,
magnesium); long-term medicines; and cramp / twitch episodes.

World model (the same for every cause and for the null journal)
--------------------------------------------------------------
* Weather: seasonal climate of the home (or trip) location + AR(1) day-to-day noise + heat waves,
  a diurnal cycle for the session's hour, humidity falling through the day.
* Training: weekly habits (swim days, walk days, aqua days, gardening in the growing season,
  weekly longer walk), occasional unusually long or hard sessions (club outing, family hike,
  hard "time-trial" swim set, big garden day), 1-3 natural load spikes per journal (grandchildren
  visiting, a swim camp, a spring garden blitz, a walking challenge), illness spells (no training,
  poor sleep and appetite, followed by a return to normal training), 0-2 trips (more and longer
  walking, sea swims, usually warmer, travel days with very short nights).  35 days of unlogged
  burn-in training precede the journal so the true acute:chronic load is defined from day 0.
* People differ: ~30 % are "long-outing" people (long walks, whole afternoons in the garden),
  ~25 % restrict fluids on outings (no bottle, few glasses), sweat rate x0.7-1.5, sweat sodium
  500-1400 mg/L, some take sports/electrolyte drinks now and then, some weigh themselves.
* Natural correlations present in every journal: hot days raise sweat rate, water drunk, the
  chance of taking a sports drink, rpe and heart rate, and push walks earlier; longer sessions are
  harder (rpe rises with duration) and sweat more; summer means more gardening and sea swims;
  hot nights, early swim mornings, travel and illness shorten sleep; illness lowers intake and
  training, and the return after illness raises the acute:chronic ratio; trips bring heat, long
  walks and load spikes together.  Diet varies by day; every journal has short poor-eating spells
  (illness, and sometimes a 2-3 week "didn't bother cooking" stretch), shorter and shallower than
  the planted deficiency spell.  Unrelated long-term medicines (levothyroxine, metformin, ramipril,
  losartan, ...), unrelated mid-journal starts (antibiotic course, eye drops, apixaban) and, in
  ~10 % of non-medication journals, a statin started mid-journal with no effect.
* Background episodes, independent of every exposure: age-related night calf/foot cramps (a
  Poisson process over nights, about 0.5/month at 55 to 2.1/month at 78, times a personal factor),
  random daytime cramps at rest (hand while writing, foot in the evening, calf when sitting),
  clusters of eyelid twitches and the odd calf twitch.  A night cramp lowers that night's sleep
  quality (not its logged hours).  Every journal keeps at least 5 logged episodes, at least 3
  of them background.
* Episodes are nearly always written down on days the notebook is kept (95 %) and sometimes
  (30 %) even in the gaps (a scrap of paper).

How each cause is planted
-------------------------
For a planted cause, the exposure is computed for every "unit" both from the truth and from what
the typed journal shows (the numbers a careful analyst can read).  k units (9-17 for session and
night units, 12-18 for day units) that are exposed in truth AND visibly exposed in the journal
each get one cause-typical episode (p = k / n_visible <= 0.5, usually 0.2-0.45: many exposed units
have no episode).  Truly exposed units whose exposure is not visible in the journal (temperature
not written down, no weigh-in, day not typed) get an episode with the same probability p, capped
so that at most 20 episodes are linked to the cause (an electrolyte unit sometimes gives two
muscles minutes apart; each counts).  Nothing else changes: unexposed units get only background
episodes.

Worlds are drawn from one common prior and re-drawn (rejection sampling) until the journal can
show the cause: personal traits first (dehydration: a person who weighs before/after walks and
gardening, restricts fluids on outings, does long outings and sweats at least averagely;
electrolyte_loss: a long-outing person who drinks on outings and logs it, sweat sodium >= 900
mg/L; heat: logs temperatures often; sleep_debt: logs sleep often; nutrient_deficiency: logs meals
often), the period (medication / training_load_spike: >= 150 days), then the weather (enough
warm days for heat / electrolyte_loss), then enough truly exposed sessions, then enough visibly
exposed units.  The same traits, climates and exposures occur in every other journal, including
the null ones, where they change nothing.

* dehydration - unit: a session with a pre- and post-workout weigh-in.  Exposed: body mass loss
  >= 2.0 % over the session (true loss from sweat - drinks - urine, and the logged weights also
  show >= 2.0 %).  Episode: calf/hamstring/quadriceps/foot spasm late in the session or 15 min-4 h
  after it.  Hot, long, well-drunk sessions (no deficit) and sessions on electrolyte drinks with
  a deficit behave by the deficit only.
* electrolyte_loss - unit: a session whose drinks are logged and whose sweat can be estimated
  (temperature or weigh-ins logged).  Exposed: estimated sweat sodium loss >= 1200 mg (sweat
  litres x the person's sweat sodium, 500-1400 mg/L; salty sweaters sometimes note salt marks)
  while the drinks during and up to 1 h after replaced < 30 % of it and the person did drink
  (>= 50 % of the sweat volume) - i.e. long sweaty sessions on plain water/tea.  The same long
  sweaty sessions on sports drink / electrolyte / ORS get nothing.  Episode: cramps late in or
  within 3 h after the session, sometimes that evening, often widespread (calf, hamstring,
  quadriceps, hand, abdomen, 25 % with a second muscle minutes later).
* muscle_fatigue - unit: a session.  Exposed: unusually long for this person (duration >= 1.5 x
  the person's median for that activity, in truth and in the logged activity label) or unusually
  hard (rpe >= 7, in truth and as logged).  Episode: spasm in a muscle the session worked, in the
  last part of the session or within an hour after.  Consecutive-day use of the same muscle
  (daily walking) is NOT planted.
* training_load_spike - unit: a session.  Exposed: coupled acute:chronic ratio of session load
  (duration x rpe; rpe imputed from the activity median when not logged) >= 1.5, in truth
  (including the burn-in) and in the logged sessions (day >= 28 of the journal).  These are the
  natural spikes (visitors, swim camp, garden blitz, trips, return after illness); their sessions
  are mostly of ordinary length.  Episode: during or within 4 h of the session, 20 % that night.
* heat - unit: an outdoor land session (walk, hike, gardening) with its temperature logged.  Exposed: apparent temperature
  (Steadman, from temperature and humidity; humidity taken as 50 % when not logged) >= 29 degC in
  truth and from the logged values.  Episode: during the session's second half or within 90 min
  after, whatever was drunk and however long the session was.
* sleep_debt - unit: a logged night followed by a logged day.  Exposed: sleep <= the person's
  usual - 1.5 h (truth) and logged hours <= median logged hours - 1.25 h.  Episode: the next day,
  2-14 h after waking (eyelid/calf twitches, calf/foot cramps at rest or during that day's
  session).
* nutrient_deficiency - unit: a day.  The planted journal has a 6-14 week spell of "tea and toast"
  eating (poor appetite, tablets dropped) or of no dairy plus a stopped calcium supplement.
  Exposed: 14-day mean intake (food + supplements) of magnesium, potassium or calcium < 60 % of
  the reference intake (IOM/NASEM by sex and age) in truth and < 65 % in the logged meals (>= 5
  days with >= 2 meals logged in the window).  Episode: night cramps, rest cramps, hand/foot
  spasm and twitches on exposed days.  Meals are logged at the same completeness throughout.
* medication - unit: a day.  A medicine known to cause cramps (thiazide-like or potassium-sparing
  diuretic, inhaled LABA, raloxifene, nifedipine, less often a statin) is started 25-60 % into
  the journal (medication entry with its start date; 30 % stopped later with an end date).
  Exposed: from start + 7-21 days until end + 3 days.  Episode: mostly nocturnal leg cramps,
  some daytime rest cramps.
* None - null journal: background episodes only.

Interface: blind_journal(cause, seed) -> BlindJournal; deterministic per (cause, seed), pure
standard library, no I/O.
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
# time zones (own DST rules: no tz database read)
# ----------------------------------------------------------------------------------------------

def _last_sunday(y: int, m: int) -> date:
    d = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _is_dst(rule, std_h, local: datetime) -> bool:
    y = local.year
    if rule == "EU":
        s = datetime.combine(_last_sunday(y, 3), time(1)) + timedelta(hours=std_h)
        e = datetime.combine(_last_sunday(y, 10), time(1)) + timedelta(hours=std_h + 1)
        return s <= local < e
    if rule == "US":
        s = datetime.combine(_nth_sunday(y, 3, 2), time(2))
        e = datetime.combine(_nth_sunday(y, 11, 1), time(2))
        return s <= local < e
    if rule == "AU":
        e = datetime.combine(_nth_sunday(y, 4, 1), time(3))
        s = datetime.combine(_nth_sunday(y, 10, 1), time(2))
        return local < e or local >= s
    if rule == "NZ":
        e = datetime.combine(_nth_sunday(y, 4, 1), time(3))
        s = datetime.combine(_last_sunday(y, 9), time(2))
        return local < e or local >= s
    return False


# zone: (std offset h, dst rule, tmax annual mean, tmax amplitude, warmest day-of-year,
#        mean RH %, diurnal range, rain prob)
_CLIMATE = {
    "Europe/London": (0, "EU", 14.8, 7.0, 200, 74, 8, 0.35),
    "Europe/Dublin": (0, "EU", 13.5, 5.5, 200, 80, 7, 0.45),
    "Europe/Berlin": (1, "EU", 14.3, 10.0, 200, 70, 9, 0.30),
    "Europe/Paris": (1, "EU", 16.2, 9.0, 205, 70, 9, 0.30),
    "Europe/Amsterdam": (1, "EU", 14.5, 7.5, 205, 80, 8, 0.38),
    "Europe/Madrid": (1, "EU", 20.5, 10.5, 205, 50, 13, 0.15),
    "Europe/Rome": (1, "EU", 20.8, 9.0, 205, 66, 10, 0.20),
    "America/New_York": (-5, "US", 17.0, 11.5, 200, 64, 8, 0.30),
    "America/Chicago": (-6, "US", 15.5, 14.0, 200, 68, 9, 0.30),
    "America/Denver": (-7, "US", 18.5, 12.0, 200, 45, 14, 0.18),
    "America/Phoenix": (-7, None, 30.0, 10.5, 195, 27, 13, 0.07),
    "America/Los_Angeles": (-8, "US", 22.5, 5.0, 225, 62, 8, 0.10),
    "America/Toronto": (-5, "US", 13.0, 14.0, 200, 70, 9, 0.32),
    "Australia/Sydney": (10, "AU", 22.5, 4.5, 25, 66, 7, 0.30),
    "Australia/Brisbane": (10, None, 26.2, 4.0, 25, 66, 9, 0.25),
    "Australia/Perth": (8, None, 24.6, 6.5, 35, 52, 11, 0.18),
    "Pacific/Auckland": (12, "NZ", 19.0, 4.5, 35, 78, 7, 0.38),
}
# trip destinations: (zone name used for the offset, climate key or own climate tuple, label)
_TRIP_CLIMATE = {
    "spain": ("Europe/Madrid", (1, "EU", 24.0, 6.5, 215, 62, 8, 0.08), "Costa del Sol"),
    "greece": ("Europe/Athens", (2, "EU", 24.0, 8.5, 205, 58, 9, 0.08), "Crete"),
    "canary": ("Atlantic/Canary", (0, "EU", 24.0, 3.0, 240, 66, 6, 0.05), "Tenerife"),
    "florida": ("America/New_York", (-5, "US", 28.5, 4.5, 205, 74, 8, 0.30), "Florida"),
    "arizona": ("America/Phoenix", (-7, None, 30.0, 10.5, 195, 27, 13, 0.05), "Arizona"),
    "hawaii": ("Pacific/Honolulu", (-10, None, 28.5, 1.8, 240, 70, 7, 0.20), "Maui"),
    "bali": ("Asia/Makassar", (8, None, 31.0, 0.8, 100, 78, 7, 0.35), "Bali"),
    "queensland": ("Australia/Brisbane", (10, None, 27.5, 3.5, 25, 70, 8, 0.25), "Noosa"),
    "sydney": ("Australia/Sydney", (10, "AU", 22.5, 4.5, 25, 66, 7, 0.30), "Sydney"),
}
_REGIONS = [  # (weight, home zones, trips, unit style weights (metric, imperial, mixed))
    (0.24, ["Europe/London", "Europe/London", "Europe/Dublin"], ["spain", "greece", "canary"],
     (0.55, 0.0, 0.45)),
    (0.20, ["Europe/Berlin", "Europe/Paris", "Europe/Amsterdam", "Europe/Madrid", "Europe/Rome"],
     ["spain", "greece", "canary"], (0.92, 0.0, 0.08)),
    (0.36, ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Toronto"], ["florida", "arizona", "hawaii"],
     (0.10, 0.80, 0.10)),
    (0.20, ["Australia/Sydney", "Australia/Brisbane", "Australia/Perth", "Pacific/Auckland"],
     ["bali", "queensland", "sydney"], (0.9, 0.0, 0.1)),
]


def _offset_hours(clim, local: datetime) -> float:
    std, rule = clim[0], clim[1]
    return std + (1 if rule and _is_dst(rule, std, local) else 0)


def _fmt_off(h: float) -> str:
    sign = "+" if h >= 0 else "-"
    h = abs(h)
    return f"{sign}{int(h):02d}:{int(round((h - int(h)) * 60)):02d}"


# ----------------------------------------------------------------------------------------------
# foods (USDA SR28, per 100 g: kcal, Ca, Mg, K, Na)
# ----------------------------------------------------------------------------------------------

_FOODS = {
    "oats": ("08121", "CEREALS,OATS,REG & QUICK,UNENR,CKD W/ H2O,WO/ SALT", 71, 9, 27, 70, 4),
    "shredded_wheat": ("08148", "CEREALS RTE,POST,SHREDDED WHEAT,ORIGINAL SPOON-SIZE", 351, 58,
                       133, 387, 2),
    "bran_flakes": ("08029", "CEREALS RTE,POST BRAN FLAKES", 328, 44, 229, 533, 540),
    "corn_flakes": ("08020", "CEREALS RTE,KELLOGG,KELLOGG'S CORN FLAKES", 357, 5, 39, 168, 729),
    "ww_bread": ("18075", "BREAD,WHOLE-WHEAT,COMM. PREPARED", 252, 161, 75, 254, 455),
    "white_bread": ("18069", "BREAD,WHITE,COMMLY PREP (INCL SOFT BREAD CRUMBS)", 266, 144, 23,
                    126, 490),
    "white_toast": ("18070", "BREAD,WHITE,COMMLY PREP,TSTD", 290, 119, 26, 131, 537),
    "butter": ("01001", "BUTTER,WITH SALT", 717, 24, 2, 24, 643),
    "jam": ("19297", "JAMS AND PRESERVES", 278, 20, 4, 77, 32),
    "peanut_butter": ("16098", "PEANUT BUTTER,SMOOTH STYLE,W/ SALT", 598, 49, 168, 558, 426),
    "milk": ("01079", "MILK,RED FAT,FLUID,2% MILKFAT,W/ ADDED VIT A & VITAMIN D", 50, 120, 11,
             140, 47),
    "yogurt": ("01117", "YOGURT,PLN,LOFAT,12 GRAMS PROT PER 8 OZ", 63, 183, 17, 234, 70),
    "egg": ("01129", "EGG,WHL,CKD,HARD-BOILED", 155, 50, 10, 126, 124),
    "banana": ("09040", "BANANAS,RAW", 89, 5, 27, 358, 1),
    "apple": ("09003", "APPLES,RAW,WITH SKIN", 52, 6, 5, 107, 1),
    "orange": ("09202", "ORANGES,RAW,NAVELS", 49, 43, 11, 166, 1),
    "blueberries": ("09050", "BLUEBERRIES,RAW", 57, 6, 6, 77, 1),
    "strawberries": ("09316", "STRAWBERRIES,RAW", 32, 16, 13, 153, 1),
    "cheddar": ("01009", "CHEESE,CHEDDAR", 404, 710, 27, 76, 653),
    "ham": ("07029", "HAM,SLICED,REG (APPROX 11% FAT)", 163, 24, 22, 287, 1143),
    "tuna": ("15121", "FISH,TUNA,LT,CND IN H2O,DRND SOL", 86, 17, 23, 179, 247),
    "sardines": ("15088", "SARDINE,ATLANTIC,CND IN OIL,DRND SOL W/BONE", 208, 382, 39, 397, 307),
    "tomato_soup": ("06359", "SOUP,TOMATO,CND,PREP W/ EQ VOLUME LOFAT (2%) MILK", 55, 68, 13,
                    343, 206),
    "veg_soup": ("06468", "SOUP,VEGETARIAN VEG,CND,PREP W/ EQ VOLUME H2O", 28, 10, 3, 86, 338),
    "chicken_soup": ("06419", "SOUP,CHICK NOODLE,CND,PREP W/ EQ VOLUME H2O", 24, 5, 4, 24, 335),
    "tomato": ("11529", "TOMATOES,RED,RIPE,RAW,YEAR RND AVERAGE", 18, 10, 11, 237, 5),
    "lettuce": ("11251", "LETTUCE,COS OR ROMAINE,RAW", 17, 33, 14, 247, 8),
    "cucumber": ("11205", "CUCUMBER,WITH PEEL,RAW", 15, 16, 13, 147, 2),
    "saltines": ("18228", "CRACKERS,SALTINES (INCL OYSTER,SODA,SOUP)", 418, 19, 23, 152, 941),
    "baked_beans": ("16005", "BEANS,BAKED,HOME PREPARED", 155, 61, 43, 358, 422),
    "hummus": ("16158", "HUMMUS,COMMERCIAL", 166, 38, 71, 228, 379),
    "chicken": ("05064", "CHICKEN,BROILERS OR FRYERS,BREAST,MEAT ONLY,CKD,RSTD", 165, 15, 29,
                256, 74),
    "salmon": ("15082", "SALMON,COHO,WILD,CKD,MOIST HEAT", 184, 46, 35, 455, 53),
    "cod": ("15016", "COD,ATLANTIC,CKD,DRY HEAT", 105, 14, 42, 244, 78),
    "beef_patty": ("23568", "BEEF,GROUND,85% LN MEAT / 15% FAT,PATTY,CKD,BRLD", 250, 18, 21, 318,
                   72),
    "lamb": ("17004", "LAMB,DOM,COMP OF RTL CUTS,LN,1/4\"FAT,CHOIC,CKD", 206, 15, 26, 344, 76),
    "potato": ("11674", "POTATOES,BKD,FLESH & SKN,WO/ SALT", 93, 15, 28, 535, 10),
    "sweet_potato": ("11508", "SWEET POTATO,CKD,BKD IN SKN,FLESH,WO/ SALT", 90, 38, 27, 475, 36),
    "brown_rice": ("20037", "RICE,BROWN,LONG-GRAIN,CKD", 123, 3, 39, 86, 4),
    "white_rice": ("20345", "RICE,WHITE,LONG-GRAIN,REG,CKD,ENR,W/SALT", 130, 10, 12, 35, 382),
    "pasta": ("20121", "PASTA,CKD,ENR,WO/ ADDED SALT", 158, 7, 18, 44, 1),
    "broccoli": ("11091", "BROCCOLI,CKD,BLD,DRND,WO/SALT", 35, 40, 21, 293, 41),
    "spinach": ("11458", "SPINACH,CKD,BLD,DRND,WO/ SALT", 23, 136, 87, 466, 70),
    "carrots": ("11125", "CARROTS,CKD,BLD,DRND,WO/SALT", 35, 30, 10, 235, 58),
    "peas": ("11313", "PEAS,GRN,FRZ,CKD,BLD,DRND,WO/SALT", 78, 24, 22, 110, 72),
    "green_beans": ("11053", "BEANS,SNAP,GRN,CKD,BLD,DRND,WO/SALT", 35, 44, 18, 146, 1),
    "cabbage": ("11110", "CABBAGE,CKD,BLD,DRND,WO/SALT", 23, 48, 15, 196, 8),
    "zucchini": ("11478", "SQUASH,SMMR,ZUCCHINI,INCL SKN,CKD,BLD,DRND,WO/SALT", 15, 18, 19, 264,
                 3),
    "lentils": ("16070", "LENTILS,MATURE SEEDS,CKD,BLD,WO/SALT", 116, 19, 36, 369, 2),
    "tomato_sauce": ("11549", "TOMATO PRODUCTS,CND,SAU", 24, 14, 15, 297, 474),
    "mac_cheese": ("22247", "MACARONI & CHS,CND ENTREE", 82, 35, 9, 84, 302),
    "almonds": ("12063", "ALMONDS,DRY RSTD,WO/SALT", 598, 268, 279, 713, 3),
    "dark_choc": ("19904", "CHOCOLATE,DK,70-85% CACAO SOL", 598, 73, 228, 715, 20),
    "shortbread": ("18192", "COOKIES,SHORTBREAD,COMMLY PREP,PLN", 514, 13, 14, 88, 353),
    "oat_cookie": ("18178", "COOKIES,OATMEAL,COMMLY PREP,REG", 450, 37, 33, 142, 383),
    "pound_cake": ("18120", "CAKE,POUND,COMMLY PREP,BUTTER (INCLUDES FRSH & FROZEN)", 353, 47, 8,
                   149, 377),
    "ice_cream": ("19095", "ICE CREAMS,VANILLA", 207, 128, 14, 199, 80),
    "apricots": ("09032", "APRICOTS,DRIED,SULFURED,UNCKD", 241, 55, 32, 1162, 10),
}
_DAIRY = {"milk", "yogurt", "cheddar", "ice_cream", "mac_cheese", "tomato_soup"}

# menus: lists of (food key, grams)
_BREAKFAST = [
    [("oats", 250), ("milk", 100), ("banana", 100)],
    [("oats", 230), ("milk", 80), ("blueberries", 60)],
    [("bran_flakes", 35), ("milk", 150), ("banana", 110)],
    [("shredded_wheat", 40), ("milk", 150), ("strawberries", 80)],
    [("ww_bread", 70), ("butter", 10), ("peanut_butter", 20), ("orange", 130)],
    [("egg", 100), ("ww_bread", 35), ("butter", 8)],
    [("yogurt", 170), ("blueberries", 60), ("almonds", 15)],
    [("ww_bread", 70), ("butter", 10), ("jam", 15), ("banana", 110)],
]
_LUNCH = [
    [("ww_bread", 70), ("cheddar", 30), ("tomato", 80), ("lettuce", 20), ("apple", 160)],
    [("ww_bread", 70), ("tuna", 70), ("cucumber", 40), ("yogurt", 150)],
    [("tomato_soup", 300), ("ww_bread", 35), ("butter", 8), ("banana", 110)],
    [("sardines", 90), ("ww_bread", 35), ("tomato", 80)],
    [("baked_beans", 150), ("ww_bread", 35), ("butter", 5), ("apple", 150)],
    [("lettuce", 50), ("tomato", 100), ("egg", 50), ("hummus", 50), ("cheddar", 20)],
    [("ww_bread", 70), ("ham", 40), ("tomato", 60), ("orange", 130)],
]
_DINNER = [
    [("salmon", 120), ("potato", 170), ("broccoli", 80)],
    [("chicken", 120), ("sweet_potato", 150), ("green_beans", 80), ("carrots", 60)],
    [("cod", 150), ("potato", 170), ("peas", 80)],
    [("beef_patty", 100), ("potato", 150), ("cabbage", 80)],
    [("pasta", 180), ("tomato_sauce", 120), ("cheddar", 15), ("spinach", 60)],
    [("lentils", 200), ("carrots", 60), ("tomato_sauce", 80), ("brown_rice", 150)],
    [("lamb", 110), ("potato", 150), ("carrots", 70), ("peas", 60)],
    [("chicken", 110), ("brown_rice", 150), ("zucchini", 80), ("spinach", 60)],
]
_SNACK = [[("almonds", 25)], [("apple", 160)], [("banana", 110)], [("dark_choc", 20)],
          [("oat_cookie", 25)], [("yogurt", 150)], [("apricots", 30)], [("shortbread", 25)],
          [("ice_cream", 70)], [("pound_cake", 60)]]
_DESSERT = [("yogurt", 150), ("banana", 120), ("orange", 140), ("ice_cream", 70), ("apple", 160),
            ("yogurt", 125), ("strawberries", 120)]
_POOR_B = [[("white_toast", 60), ("butter", 10), ("jam", 20)],
           [("corn_flakes", 30), ("milk", 60)], [("white_toast", 35), ("butter", 8)]]
_POOR_L = [[("chicken_soup", 300), ("saltines", 20)], [("white_toast", 60), ("jam", 20)],
           [("veg_soup", 300), ("white_bread", 35), ("butter", 8)]]
_POOR_D = [[("pasta", 150), ("tomato_sauce", 60)], [("white_rice", 150), ("chicken", 60)],
           [("mac_cheese", 250)], [("chicken_soup", 300), ("white_bread", 35), ("butter", 8)],
           [("white_toast", 60), ("egg", 50), ("butter", 8)]]
_POOR_S = [[("shortbread", 25)], [("pound_cake", 50)], [("saltines", 15)], [("oat_cookie", 20)]]
_NODAIRY_SWAP = {"milk": None, "yogurt": ("apple", 150), "cheddar": ("ham", 30),
                 "ice_cream": ("pound_cake", 40), "tomato_soup": ("veg_soup", 300),
                 "mac_cheese": ("pasta", 200)}

_LONG_MEDS = ["levothyroxine", "metformin", "ramipril", "lisinopril", "losartan", "aspirin",
              "alendronate", "latanoprost", "allopurinol", "apixaban", "bisoprolol", "tamsulosin",
              "finasteride", "candesartan"]
_MID_UNRELATED = [("amoxicillin", 7, "chest infection"), ("nitrofurantoin", 5, "UTI"),
                  ("doxycycline", 10, "tick bite"), ("latanoprost", None, "eye drops, glaucoma"),
                  ("apixaban", None, "irregular heartbeat"), ("tamsulosin", None, "prostate"),
                  ("clarithromycin", 7, "sinus")]
_CRAMP_MEDS = {  # name, reason, weight, region restriction
    "uk": [("bendroflumethiazide", "blood pressure", 3), ("indapamide", "blood pressure", 2),
           ("spironolactone", "heart / fluid", 2), ("amiloride", "fluid", 1),
           ("salmeterol", "new inhaler (COPD)", 2), ("formoterol", "new inhaler", 1),
           ("raloxifene", "bones", 1), ("nifedipine", "blood pressure", 1),
           ("atorvastatin", "cholesterol", 1), ("simvastatin", "cholesterol", 1)],
    "us": [("hydrochlorothiazide", "blood pressure", 3), ("chlorthalidone", "blood pressure", 2),
           ("spironolactone", "heart / fluid", 2), ("salmeterol", "new inhaler (COPD)", 2),
           ("formoterol", "new inhaler", 1), ("raloxifene", "bones", 1),
           ("nifedipine", "blood pressure", 1), ("atorvastatin", "cholesterol", 1),
           ("rosuvastatin", "cholesterol", 1)],
}

_LAY_GUESSES = ["not enough water?", "need more bananas?", "cold night", "new shoes?",
                "sat too long", "too much tea?", "overdid it?", "age!", "stress?",
                "too much salt?", "the weather?", "legs tired"]

_SESSION_MUSCLES = {
    "swim": ["calf", "foot", "toes", "hamstring"],
    "owswim": ["calf", "foot", "toes", "hamstring"],
    "aqua": ["calf", "hamstring", "quadriceps", "foot"],
    "walk": ["calf", "hamstring", "quadriceps", "foot"],
    "hike": ["calf", "quadriceps", "hamstring", "foot"],
    "garden": ["hand", "forearm", "hamstring", "calf", "lower_back", "fingers"],
    "yoga": ["calf", "foot", "hamstring"],
}
_LOGGED_MUSCLES = {
    "swim": [["shoulder", "upper_back", "triceps"], ["shoulder", "calf"], ["shoulder", "upper_back",
             "quadriceps", "calf"]],
    "owswim": [["shoulder", "upper_back"], ["shoulder", "calf"]],
    "aqua": [["quadriceps", "hamstring", "hip_flexor"], ["quadriceps", "calf"],
             ["hamstring", "glute", "calf"]],
    "walk": [["calf", "quadriceps"], ["calf", "hamstring", "glute"], ["quadriceps", "calf"]],
    "hike": [["calf", "quadriceps", "glute"], ["quadriceps", "hamstring", "calf"]],
    "garden": [["lower_back", "forearm", "hand"], ["lower_back", "quadriceps", "glute"],
               ["hand", "forearm", "shoulder"]],
    "yoga": [["hamstring", "lower_back"], ["abdomen", "hip_flexor"]],
}
_LAND = {"walk", "hike", "garden"}
_OUTDOOR = {"walk", "hike", "garden", "owswim"}
_DRINK_NA = {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000, "ors": 1725,
             "coconut_water": 250, "milk": 430, "juice": 50, "coffee": 20, "tea": 10,
             "soft_drink": 100, "beer": 40, "other": 0}


def _clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _apparent_temp(t, rh):
    e = rh / 100.0 * 6.105 * math.exp(17.27 * t / (237.7 + t))
    return t + 0.33 * e - 0.70 * 1.0 - 4.0


class _Reject(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# the generator
# ----------------------------------------------------------------------------------------------

class _Gen:
    B = 35  # burn-in days (unlogged) before the journal

    def __init__(self, cause, rng: random.Random):
        self.cause = cause
        self.r = rng

    # ---- helpers -----------------------------------------------------------------------------
    def chance(self, p):
        return self.r.random() < p

    def wchoice(self, items, weights):
        return self.r.choices(items, weights=weights, k=1)[0]

    def lognorm(self, median, sigma):
        return median * math.exp(self.r.gauss(0, sigma))

    def poisson(self, lam):
        if lam <= 0:
            return 0
        L, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.r.random()
            if p <= L:
                return k
            k += 1

    def dt(self, i, hours):
        """naive local datetime for day index i at fractional hour"""
        k = i + self.B
        if 0 <= k < len(self._base):
            return self._base[k] + timedelta(hours=hours)
        return datetime.combine(self.d0 + timedelta(days=i), time(0)) + timedelta(hours=hours)

    def day_of(self, t: datetime) -> int:
        return (t.date() - self.d0).days

    # ---- build -------------------------------------------------------------------------------
    def build(self):
        self._person()
        self._period()
        for _ in range(20000):   # rejection on the (cheap, independent) personal traits
            self._traits()
            if self._trait_ok():
                break
        else:
            raise _Reject("trait gate")
        self._calendar()
        self._weather()
        self._weather_gate()
        self._sessions()
        self._session_gate()
        self._sleep()
        self._diet()
        self._meds()
        self._logging()
        self.episodes = []
        self._plant()
        self._background()

    # ---- rejection gates (conditioning the common prior on the journal being able to show
    # the planted cause; they only discard worlds, they never change one) ----------------------
    def _trait_ok(self):
        c, t = self.cause, self.t
        bad = False
        if c == "dehydration":
            bad = not (t["weigh_sessions"] and t["weigh_sess_p"] >= 0.75 and t["restrict"]
                       and t["enthusiast"] and t["sweat"] >= 1.0)
        elif c == "electrolyte_loss":
            bad = not (t["sess_fluid_p"] >= 0.6 and not t["restrict"] and t["enthusiast"]
                       and t["sweat_na"] >= 900 and t["sweat"] >= 0.95
                       and (t["temp_p"] >= 0.4 or t["weigh_sessions"]))
        elif c == "heat":
            bad = t["temp_p"] < 0.45
        elif c == "sleep_debt":
            bad = t["sleep_p"] < 0.6
        elif c == "nutrient_deficiency":
            bad = t["meal_p"] < 0.6
        return not bad

    def _weather_gate(self):
        # cheap early rejection: worlds without enough warm days cannot pass the session gate
        c, B, n = self.cause, self.B, self.n
        if c == "heat":
            if sum(1 for k in range(B, B + n) if self.tmax[k] >= 28) < 40:
                raise _Reject("weather gate")
        elif c == "electrolyte_loss":
            if sum(1 for k in range(B, B + n) if self.tmax[k] >= 22) < 40:
                raise _Reject("weather gate")

    def _session_gate(self):
        c = self.cause
        ss = [s for s in self.sessions if s["i"] >= 0]
        if c == "dehydration":
            m = sum(1 for s in ss if s["kind"] in _LAND and s["loss_pct"] >= 2.0)
            need = 30
        elif c == "electrolyte_loss":
            m = sum(1 for s in ss if s["na_loss"] >= 1200 and s["na_in"] < 0.3 * s["na_loss"]
                    and s["intake"] >= 0.5 * s["sweat"] and s["drinks"])
            need = 30
        elif c == "heat":
            m = sum(1 for s in ss if s["kind"] in _LAND and _apparent_temp(s["T"], s["RH"]) >= 29)
            need = 34
        elif c == "training_load_spike":
            m = sum(1 for s in ss if s["acwr"] is not None and s["acwr"] >= 1.5)
            need = 28
        elif c == "muscle_fatigue":
            m = sum(1 for s in ss if s["dur"] >= 1.5 * self.med[s["kind"]] or round(s["rpe"]) >= 7)
            need = 28
        else:
            return
        if m < need:
            raise _Reject(f"session gate {m}")

    # ---- person ------------------------------------------------------------------------------
    def _person(self):
        r = self.r
        self.sex = "female" if r.random() < 0.55 else "male"
        self.age = r.randint(55, 78)
        if self.sex == "female":
            self.height = _clamp(r.gauss(162, 6.5), 145, 185)
        else:
            self.height = _clamp(r.gauss(175, 7), 155, 198)
        bmi = r.uniform(21, 31)
        self.mass0 = bmi * (self.height / 100) ** 2
        reg = self.wchoice(_REGIONS, [x[0] for x in _REGIONS])
        self.home = r.choice(reg[1])
        self.home_clim = _CLIMATE[self.home]
        self.trip_keys = reg[2]
        self.units = self.wchoice(["metric", "imperial", "mixed"], list(reg[3]))
        self.us = self.home.startswith("America/")
        self.uk = self.home in ("Europe/London", "Europe/Dublin")
        # reference intakes (IOM / NASEM)
        if self.sex == "female":
            self.ri = {"mg": 320, "k": 2600, "ca": 1200}
        else:
            self.ri = {"mg": 420, "k": 3400, "ca": 1000 if self.age <= 70 else 1200}

    def _period(self):
        r = self.r
        # medication / load-spike journals need a baseline before the change: >= 150 days
        self.n = r.randint(150 if self.cause in ("medication", "training_load_spike") else 120,
                           365)
        latest_end = date(2025, 9, 30)
        earliest = date(2021, 1, 4)
        span = (latest_end - timedelta(days=self.n) - earliest).days
        self.d0 = earliest + timedelta(days=r.randint(0, span))
        self.birth_year = self.d0.year - self.age - (1 if r.random() < 0.4 else 0)
        base0 = datetime.combine(self.d0, time(0))
        self._base = [base0 + timedelta(days=i) for i in range(-self.B, self.n + 2)]
        self._off_cache = {}

    def _traits(self):
        r = self.r
        u = r.uniform
        t = {}
        t["log_day_p"] = u(0.72, 0.93)
        t["wk_log_p"] = u(0.88, 0.98)
        t["rpe_p"] = u(0.25, 0.92)
        t["temp_p"] = u(0.15, 0.92)
        t["hum_p"] = u(0.0, 0.6) if r.random() < 0.7 else 0.0
        t["dist_p"] = u(0.2, 0.9)
        t["mg_p"] = u(0.1, 0.8)
        t["hr_device"] = r.random() < 0.3
        t["hr_p"] = u(0.6, 0.95)
        t["warm_p"] = u(0.0, 0.7)
        t["fluid_p"] = u(0.15, 0.85)
        t["sess_fluid_p"] = u(0.3, 0.95)
        t["morning_weigh_p"] = 0.0 if r.random() < 0.4 else u(0.08, 0.6)
        t["weigh_sessions"] = r.random() < 0.45
        t["weigh_sess_p"] = u(0.5, 0.95)
        t["sleep_p"] = u(0.0, 0.3) if r.random() < 0.3 else u(0.5, 0.95)
        t["meal_p"] = 0.0 if r.random() < 0.3 else u(0.35, 0.92)
        t["supp"] = self.wchoice(["none", "vitd", "calcium_d", "multi", "magnesium"],
                                 [0.38, 0.2, 0.2, 0.15, 0.07])
        t["supp_log_p"] = u(0.5, 0.95)
        t["ids"] = r.random() < 0.5
        t["fixed_offset"] = r.random() < 0.1
        t["round_min"] = r.choice([5, 5, 10, 15, 15, 30])
        t["sweat"] = u(0.7, 1.5)
        t["sweat_na"] = u(500, 1400)
        # a quarter of people restrict fluids on outings (bladder, no toilets on the route)
        t["restrict"] = r.random() < 0.25
        t["bottle_p"] = u(0.03, 0.3) if t["restrict"] else u(0.25, 0.85)
        t["electro_p"] = u(0.0, 0.35)
        t["drink_frac"] = u(0.1, 0.45) if t["restrict"] else u(0.4, 1.0)
        t["diet_q"] = u(0.0, 1.0)
        t["usual_sleep"] = u(6.6, 8.2)
        t["bed_h"] = u(21.8, 23.6)
        t["short_p"] = u(0.07, 0.17)
        t["aqua_label"] = self.wchoice(["other", "swimming", "running"], [0.6, 0.25, 0.15])
        t["hours_style"] = r.random() < 0.4
        t["cramp_factor"] = math.exp(r.gauss(0, 0.3))
        self.t = t
        wd = list(range(7))
        self.swim_days = set(r.sample(wd, r.choice([2, 2, 3, 3, 4])))
        self.walk_days = set(r.sample(wd, r.randint(3, 6)))
        self.aqua_days = set(r.sample(wd, r.choice([0, 1, 1, 2])))
        self.yoga_day = r.randrange(7) if r.random() < 0.25 else None
        self.long_walk_day = r.choice([5, 6])
        self.swim_time = self.wchoice(["early", "mid", "evening"], [0.35, 0.45, 0.2])
        # ~30 % are "long-outing" people: long walks, whole afternoons in the garden
        t["enthusiast"] = r.random() < 0.3
        lw = (60, 100) if t["enthusiast"] else (35, 70)
        lg = (110, 200) if t["enthusiast"] else (60, 140)
        self.med = {"swim": u(45, 70), "walk": u(*lw), "aqua": u(30, 45), "garden": u(*lg),
                    "yoga": u(45, 60), "hike": u(150, 240), "owswim": u(25, 45)}
        self.rpe0 = {"swim": u(4.3, 6.0), "walk": u(2.3, 3.8), "aqua": u(3.0, 4.5),
                     "garden": u(3.0, 4.5), "yoga": u(1.8, 3.0), "hike": u(4.5, 6.0),
                     "owswim": u(3.5, 5.0)}
        self.garden_p = u(0.15, 0.45)
        self.open_water = r.random() < 0.35
        self.walk_speed = u(3.6, 5.2)
        self.swim_pace = u(26, 40)  # metres per minute of practice

    # ---- calendar ----------------------------------------------------------------------------
    def _calendar(self):
        r, n, B = self.r, self.n, self.B
        N = n + B
        self.status = ["home"] * N           # index = i + B
        self.trip_of = [None] * N
        self.spike = [None] * N
        self.travel = [False] * N

        def free(a, b):
            return all(self.status[j + B] == "home" and self.spike[j + B] is None
                       for j in range(max(-B, a - 2), min(n, b + 2)))

        self.trips = []
        for _ in range(r.choice([0, 0, 1, 1, 1, 2])):
            L = r.randint(7, 18)
            for _try in range(20):
                a = r.randint(12, max(12, n - L - 12))
                if a + L < n - 10 and free(a, a + L):
                    key = r.choice(self.trip_keys)
                    tz, clim, label = _TRIP_CLIMATE[key]
                    tid = len(self.trips)
                    self.trips.append({"key": key, "tz": tz, "clim": clim, "label": label,
                                       "a": a, "b": a + L,
                                       "home_offset": r.random() < 0.25})
                    for j in range(a, a + L):
                        self.status[j + B] = "trip"
                        self.trip_of[j + B] = tid
                    self.travel[a + B] = self.travel[a + L - 1 + B] = True
                    break
        self.illness = []
        for _ in range(r.choice([0, 1, 1, 2])):
            L = r.randint(4, 10)
            for _try in range(20):
                a = r.randint(0, max(0, n - L - 1))
                if free(a, a + L):
                    for j in range(a, a + L):
                        self.status[j + B] = "ill"
                    self.illness.append((a, a + L))
                    break
        self.spikes = []
        for _ in range(r.choice([1, 2, 2, 3])):
            L = r.randint(7, 12)
            for _try in range(20):
                a = r.randint(30, max(30, n - L - 1))
                if a + L <= n and free(a, a + L):
                    kind = r.choice(["visitors", "swim_camp", "garden_blitz", "walk_challenge"])
                    for j in range(a, a + L):
                        self.spike[j + B] = kind
                    self.spikes.append((a, a + L, kind))
                    break
        # notebook gaps (whole weeks) and untyped days
        gap = [False] * n
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            L = r.choice([7, 7, 10, 14, 21])
            a = r.randint(0, max(0, n - L))
            for j in range(a, min(n, a + L)):
                gap[j] = True
        self.logged_day = [(not gap[i]) and r.random() < self.t["log_day_p"] for i in range(n)]
        # diet phases
        self.diet_mode = ["normal"] * n
        for (a, b) in self.illness:
            for j in range(a, b):
                if r.random() < 0.7:
                    self.diet_mode[j] = "poor"
        if self.cause != "nutrient_deficiency" and r.random() < 0.3:
            L = r.randint(10, 21)
            a = r.randint(0, max(0, n - L))
            for j in range(a, min(n, a + L)):
                if self.diet_mode[j] == "normal" and r.random() < 0.45:
                    self.diet_mode[j] = "poor"
        self.deficit = None
        if self.cause == "nutrient_deficiency":
            variant = "poor" if (self.t["supp"] != "calcium_d" or r.random() < 0.4) else "nodairy"
            L = r.randint(42, 100)
            a = r.randint(35, max(35, n - 45))
            b = min(n, a + L)
            if b - a < 40:
                raise _Reject("deficit too short")
            self.deficit = (a, b, variant)
            for j in range(a, b):
                if variant == "poor":
                    self.diet_mode[j] = "poor" if r.random() < 0.9 else "normal"
                else:
                    self.diet_mode[j] = "nodairy"

    def loc_clim(self, i):
        tid = self.trip_of[i + self.B]
        if tid is None:
            return self.home_clim
        return self.trips[tid]["clim"]

    # ---- weather -----------------------------------------------------------------------------
    def _weather(self):
        r, B, n = self.r, self.B, self.n
        N = n + B
        self.tmax = [0.0] * N
        self.tmin = [0.0] * N
        self.rh = [0.0] * N
        self.rain = [False] * N
        e = r.gauss(0, 2.5)
        hw_left, hw_bump = 0, 0.0
        for k in range(N):
            i = k - B
            clim = self.loc_clim(i)
            doy = (self.d0 + timedelta(days=i)).timetuple().tm_yday
            base = clim[2] + clim[3] * math.cos(2 * math.pi * (doy - clim[4]) / 365.25)
            e = 0.7 * e + r.gauss(0, 2.6)
            if hw_left <= 0 and base > clim[2] and r.random() < 3.0 / 365:
                hw_left, hw_bump = r.randint(3, 7), r.uniform(3, 7)
            bump = hw_bump if hw_left > 0 else 0.0
            hw_left -= 1
            tx = base + e + bump
            self.tmax[k] = tx
            self.tmin[k] = tx - clim[6] * r.uniform(0.75, 1.2)
            self.rh[k] = _clamp(clim[5] + r.gauss(0, 8) - (0.6 * bump if clim[5] < 60 else 0),
                                12, 97)
            self.rain[k] = r.random() < clim[7]

    def temp_at(self, i, hour):
        k = i + self.B
        s = 0.5 * (1 - math.cos(2 * math.pi * (hour - 4.5) / 24))
        t = self.tmin[k] + (self.tmax[k] - self.tmin[k]) * s
        rh = _clamp(self.rh[k] + 15 - 30 * s, 10, 100)
        return t, rh

    # ---- sessions ----------------------------------------------------------------------------
    def _new_session(self, i, kind, hour, dur, rpe_bump=0.0, note=None):
        r = self.r
        # one thing at a time: move a session that would overlap an earlier one of the same day
        for _ in range(4):
            clash = [o for o in self._today if o["i"] == i and
                     hour < o["h1"] + 0.5 and hour + dur / 60 > o["h0"] - 0.5]
            if not clash:
                break
            hour = max(o["h1"] for o in clash) + r.choice([0.5, 0.75, 1.0, 1.5])
        else:
            return None
        if hour + dur / 60 > 21.5 or hour > 20.0:
            return None
        self._today.append({"i": i, "h0": hour, "h1": hour + dur / 60})
        T, RH = self.temp_at(i, hour + dur / 120.0)
        med = self.med[kind]
        rpe = (self.rpe0[kind] + 1.3 * math.log(dur / med, 2) + rpe_bump
               + (0.08 * max(0.0, T - 24) if kind in _LAND else 0) + r.gauss(0, 0.7))
        rpe = _clamp(rpe, 1, 10)
        s = {"i": i, "kind": kind, "start": self.dt(i, hour), "dur": dur, "T": T, "RH": RH,
             "rpe": rpe, "note": note, "trip": self.trip_of[i + self.B]}
        s["end"] = s["start"] + timedelta(minutes=dur)
        # sweat (L)
        if kind in _LAND:
            rate = (0.22 + 0.028 * max(0.0, T - 10)) * (0.75 + 0.06 * rpe)
            if T > 20:
                rate *= 1 + 0.004 * (RH - 50)
            rate *= {"walk": 1.0, "hike": 1.1, "garden": 0.8}[kind]
        elif kind == "yoga":
            rate = 0.2
        else:
            rate = 0.3 + 0.03 * rpe
        sweat = max(0.05, rate * self.t["sweat"] * dur / 60 * r.uniform(0.85, 1.15))
        s["sweat"] = sweat
        s["na_loss"] = sweat * self.t["sweat_na"]
        # drinks during (and just after) the session
        drinks = []
        hot = T >= 26
        ep = _clamp(self.t["electro_p"] + (0.15 if hot else 0.0), 0, 0.6)
        if kind in ("walk", "hike"):
            if dur >= 40 and r.random() < _clamp(self.t["bottle_p"] + (0.15 if hot else 0), 0,
                                                  0.97):
                frac = _clamp(self.t["drink_frac"] * r.uniform(0.5, 1.3) + (0.15 if hot else 0),
                              0.15, 1.3)
                ml = _clamp(sweat * 1000 * frac, 200, 2500)
                drink = self.wchoice(["water", "sports_drink", "electrolyte_drink", "ors"],
                                     [1 - ep, ep * 0.5, ep * 0.35, ep * 0.15])
                nparts = 1 if ml < 700 else 2
                for q in range(nparts):
                    drinks.append((s["start"] + timedelta(minutes=dur * (q + 1) / (nparts + 1)),
                                   ml / nparts, drink))
        elif kind == "garden":
            if r.random() < (0.5 if self.t["restrict"] else 0.88):
                frac = _clamp(self.t["drink_frac"] * r.uniform(0.4, 1.3) + (0.1 if hot else 0),
                              0.1, 1.3)
                ml = _clamp(sweat * 1000 * frac, 200, 2500)
                nparts = max(1, int(ml // 350))
                drink = self.wchoice(["water", "tea", "sports_drink", "electrolyte_drink", "ors",
                                      "juice"], [0.72 * (1 - ep), 0.18 * (1 - ep), ep * 0.5,
                                                 ep * 0.3, ep * 0.2, 0.10 * (1 - ep)])
                for q in range(nparts):
                    drinks.append((s["start"] + timedelta(minutes=dur * (q + 0.5) / nparts),
                                   ml / nparts, drink))
        elif kind in ("swim", "aqua"):
            if r.random() < 0.5:
                drinks.append((s["start"] + timedelta(minutes=dur * 0.5), r.choice([250, 350, 500]),
                               "water" if r.random() > ep else "sports_drink"))
        # after: beer or tea after gardening/long walks
        after = []
        if kind in ("garden", "walk", "hike") and r.random() < 0.4:
            dr = "beer" if (hot and kind == "garden" and r.random() < 0.45) else \
                self.wchoice(["tea", "coffee", "water", "juice"], [0.45, 0.2, 0.25, 0.1])
            after.append((s["end"] + timedelta(minutes=r.choice([10, 20, 30, 45])),
                          r.choice([250, 300, 330, 500]), dr))
        s["drinks"] = drinks
        s["after"] = after
        intake = sum(d[1] for d in drinks) / 1000.0
        s["intake"] = intake
        s["na_in"] = sum(d[1] / 1000.0 * _DRINK_NA[d[2]] for d in drinks + after
                         if d[0] <= s["end"] + timedelta(minutes=60))
        urine = r.uniform(0.0, 0.25) if dur >= 90 else 0.0
        s["urine"] = urine
        s["loss_kg"] = sweat - intake - urine
        mass = self.mass_at(i)
        s["pre_kg"] = mass + r.uniform(0.2, 0.9)  # breakfast on board
        s["post_kg"] = s["pre_kg"] - s["loss_kg"]
        s["loss_pct"] = 100.0 * s["loss_kg"] / s["pre_kg"]
        self.sessions.append(s)
        return s

    def mass_at(self, i):
        return self.mass_series[i + self.B]

    def _sessions(self):
        r, B, n = self.r, self.B, self.n
        N = n + B
        # slow body-mass drift
        m, drift = self.mass0, 0.0
        self.mass_series = []
        for k in range(N):
            drift = 0.995 * drift + r.gauss(0, 0.06)
            self.mass_series.append(m + drift)
        self.sessions = []
        for k in range(N):
            i = k - B
            self._today = []
            st = self.status[k]
            wd = (self.d0 + timedelta(days=i)).weekday()
            tx = self.tmax[k]
            rain = self.rain[k]
            if st == "ill":
                if r.random() < 0.25:
                    self._new_session(i, "walk", 10.5, max(15, self.med["walk"] * 0.5))
                continue
            if st == "trip":
                if self.travel[k]:
                    if r.random() < 0.3:
                        self._new_session(i, "walk", 17.0, r.choice([20, 30, 40]))
                    continue
                if r.random() < 0.8:
                    dur = self.lognorm(max(90, self.med["walk"] * 2.2), 0.3)
                    self._new_session(i, "walk", r.choice([9.5, 10.0, 10.5, 11.0]),
                                      min(dur, 330), note="sightseeing")
                if r.random() < 0.45:
                    self._new_session(i, "owswim", r.choice([8.0, 16.5, 17.0]),
                                      self.lognorm(self.med["owswim"], 0.25), note="sea swim")
                if r.random() < 0.12:
                    self._new_session(i, "hike", 8.5, self.lognorm(self.med["hike"], 0.2),
                                      rpe_bump=0.5, note="hike")
                continue
            # home
            spike = self.spike[k]
            if wd in self.swim_days and r.random() < 0.85:
                hour = {"early": r.choice([6.0, 6.5]), "mid": r.choice([9.0, 9.5, 10.0]),
                        "evening": r.choice([18.5, 19.0])}[self.swim_time]
                dur = self.lognorm(self.med["swim"], 0.1)
                bump, note = 0.0, None
                x = r.random()
                if x < 0.14:
                    bump, note = 2.3, r.choice(["hard set", "time trial", "sprint set",
                                                "tough session"])
                elif x < 0.17:
                    dur *= r.uniform(1.7, 2.1)
                    bump, note = 0.5, r.choice(["long swim", "2 sessions back to back",
                                                "swim-a-thon"])
                if self.open_water and tx >= 23 and wd >= 5 and r.random() < 0.5:
                    self._new_session(i, "owswim", 9.0, self.lognorm(self.med["owswim"], 0.25),
                                      note=r.choice(["lake", "sea swim", "river swim"]))
                else:
                    self._new_session(i, "swim", hour, dur, bump, note)
            if wd in self.aqua_days and r.random() < 0.8:
                self._new_session(i, "aqua", r.choice([10.0, 10.5, 11.0]),
                                  self.lognorm(self.med["aqua"], 0.1))
            if wd in self.walk_days and not (rain and r.random() < 0.4) and r.random() < 0.85:
                dur = self.lognorm(self.med["walk"], 0.18)
                bump, note = 0.0, None
                if wd == self.long_walk_day:
                    dur *= r.uniform(1.2, 1.45)
                x = r.random()
                if x < 0.045:
                    dur = self.med["walk"] * r.uniform(1.9, 2.8)
                    note = r.choice(["walking club outing", "long walk with family",
                                     "coastal path", "charity walk"])
                elif x < 0.095:
                    bump = 2.6
                    note = r.choice(["hilly route", "brisk pace with group", "hill walk"])
                if tx >= 26:
                    hour = r.choice([7.0, 7.5, 8.0])
                    dur *= 0.85
                elif tx < 8:
                    hour = r.choice([10.5, 11.0, 13.5])
                else:
                    hour = r.choice([8.5, 9.0, 9.5, 10.0, 16.0])
                self._new_session(i, "walk", hour, dur, bump, note)
            if tx >= 12 and not rain:
                season = _clamp((tx - 12) / 10.0, 0.2, 1.0)
                if r.random() < self.garden_p * season:
                    dur = self.lognorm(self.med["garden"], 0.3)
                    bump, note = 0.0, r.choice(["gardening", "weeding", "mowing", "pruning",
                                                "veg patch", "gardening"])
                    if r.random() < 0.05:
                        dur = self.med["garden"] * r.uniform(2.0, 3.0)
                        bump, note = 1.2, r.choice(["big garden day", "dug the whole veg bed",
                                                    "hedge cutting all day"])
                    hour = r.choice([10.0, 10.5, 14.5, 15.0, 16.0])
                    self._new_session(i, "garden", hour, min(dur, 360), bump, note)
            if self.yoga_day is not None and wd == self.yoga_day and r.random() < 0.8:
                self._new_session(i, "yoga", 11.0, self.lognorm(self.med["yoga"], 0.05))
            if spike:
                if spike == "visitors":
                    self._new_session(i, "walk", r.choice([14.0, 15.0, 16.0]),
                                      self.lognorm(self.med["walk"] * 1.1, 0.15),
                                      note="walk with grandchildren")
                    if r.random() < 0.4:
                        self._new_session(i, "owswim" if tx >= 22 else "aqua", 11.5,
                                          self.lognorm(self.med["aqua"], 0.1), note="pool w/ kids")
                elif spike == "swim_camp":
                    self._new_session(i, "swim", r.choice([8.0, 9.0]),
                                      self.lognorm(self.med["swim"], 0.08), note="swim camp")
                    self._new_session(i, "swim", r.choice([15.0, 16.0]),
                                      self.lognorm(self.med["swim"] * 0.9, 0.08), note="swim camp")
                elif spike == "garden_blitz":
                    self._new_session(i, "garden", r.choice([9.5, 14.0]),
                                      self.lognorm(self.med["garden"] * 1.05, 0.12),
                                      note=r.choice(["garden blitz", "new bed", "clearing"]))
                    if r.random() < 0.5:
                        self._new_session(i, "walk", 18.0, self.lognorm(self.med["walk"], 0.15))
                else:
                    self._new_session(i, "walk", r.choice([7.5, 8.0]),
                                      self.lognorm(self.med["walk"] * 1.1, 0.12),
                                      note="walking challenge")
                    self._new_session(i, "walk", r.choice([16.0, 17.0]),
                                      self.lognorm(self.med["walk"] * 0.9, 0.12),
                                      note="walking challenge")
        self.sessions.sort(key=lambda s: s["start"])
        self.by_day = {}
        for s in self.sessions:
            self.by_day.setdefault(s["i"], []).append(s)
        # true acute:chronic ratio (coupled, incl. burn-in)
        load = [0.0] * N
        for s in self.sessions:
            load[s["i"] + B] += s["dur"] * s["rpe"]
        cum = [0.0]
        for x in load:
            cum.append(cum[-1] + x)
        for s in self.sessions:
            k = s["i"] + B
            if k >= 27:
                acute = cum[k + 1] - cum[k - 6]
                chronic = (cum[k + 1] - cum[k - 27]) / 4.0
                s["acwr"] = acute / chronic if chronic > 0 else 0.0
            else:
                s["acwr"] = None

    # ---- sleep -------------------------------------------------------------------------------
    def _sleep(self):
        r, B, n = self.r, self.B, self.n
        self.nights = {}
        u = self.t["usual_sleep"]
        for i in range(-1, n - 1):
            k = i + B
            bed_h = self.t["bed_h"] + r.gauss(0, 0.35)
            hours = u + r.gauss(0, 0.45)
            short = False
            if r.random() < self.t["short_p"]:
                hours -= r.uniform(1.6, 3.2)
                short = True
            nxt = self.by_day.get(i + 1, [])
            early = [s for s in nxt if s["start"].hour < 8 and s["kind"] in ("swim", "walk")]
            if early:
                wake_limit = early[0]["start"] - timedelta(minutes=r.choice([40, 50, 60]))
                wake = self.dt(i, bed_h + hours)
                if wake > wake_limit:
                    hours -= (wake - wake_limit).total_seconds() / 3600
            if k + 1 < len(self.travel) and self.travel[k + 1] and self.status[k] != "trip":
                hours -= r.uniform(1.5, 3.0)
            if self.status[k] == "ill":
                hours -= r.uniform(0.3, 1.5)
            if self.tmin[k] >= 20:
                hours -= r.uniform(0.2, 0.9)
            hours = _clamp(hours, 3.0, 10.5)
            bed = self.dt(i, bed_h)
            wake = bed + timedelta(hours=hours)
            q = int(_clamp(round(3.4 + 0.6 * (hours - u) + r.gauss(0, 0.7)), 1, 5))
            self.nights[i] = {"i": i, "bed": bed, "wake": wake, "hours": hours,
                              "short_true": hours <= u - 1.5, "q": q, "cramp": False}

    # ---- diet --------------------------------------------------------------------------------
    def _pick_meal(self, mode, menus, poor_menus, name):
        r = self.r
        if mode == "poor" and r.random() < 0.75:
            items = list(r.choice(poor_menus))
            if name == "breakfast":
                items.append(("milk", 50))          # milk in the tea
        else:
            items = list(r.choice(menus))
            if name == "breakfast":
                items.append(("milk", r.choice([80, 100, 120])))   # milk in tea / coffee
            elif name == "lunch" and r.random() < 0.25:
                items.append(("milk", 200))
            elif name == "dinner":
                items.append(r.choice(_DESSERT))
                if r.random() < 0.3 + 0.4 * self.t["diet_q"]:
                    items.append(r.choice([("spinach", 80), ("broccoli", 80), ("green_beans", 80),
                                           ("peas", 80)]))
            if mode == "nodairy":
                out = []
                for f, g in items:
                    if f in _DAIRY:
                        sw = _NODAIRY_SWAP.get(f)
                        if sw:
                            out.append(sw)
                    else:
                        out.append((f, g))
                items = out
        scale = r.uniform(0.8, 1.2)
        return [(f, max(5, round(g * scale / 5) * 5)) for f, g in items]

    def _diet(self):
        r, n = self.r, self.n
        self.meals = []      # dicts: i, t, items, nutrients
        self.day_intake = []
        self.supp_on = [self.t["supp"] != "none"] * n
        if self.deficit:
            a, b, _v = self.deficit
            for j in range(a, b):
                self.supp_on[j] = False
        supp_nut = {"none": (0, 0, 0), "vitd": (0, 0, 0), "calcium_d": (0, 0, 600),
                    "multi": (100, 80, 200), "magnesium": (250, 0, 0)}[self.t["supp"]]
        self.supp_taken = [False] * n
        q = self.t["diet_q"]
        for i in range(n):
            mode = self.diet_mode[i]
            tot = {"mg": 0.0, "k": 0.0, "ca": 0.0}
            plan = [("breakfast", r.uniform(7.0, 8.75), _BREAKFAST, _POOR_B),
                    ("lunch", r.uniform(12.0, 13.5), _LUNCH, _POOR_L),
                    ("dinner", r.uniform(17.5, 19.5), _DINNER, _POOR_D)]
            n_snack = r.choice([0, 1, 1, 2]) if mode != "poor" else r.choice([0, 1, 1])
            for _ in range(n_snack):
                plan.append(("snack", r.choice([10.5, 15.0, 15.5, 20.5]), None, None))
            for name, h, menus, poor in plan:
                if name == "snack":
                    if mode == "poor":
                        items = list(r.choice(_POOR_S))
                    else:
                        # diet quality tilts snacks towards nuts / fruit
                        idx = int(_clamp(r.random() ** (0.5 + q) * len(_SNACK), 0,
                                         len(_SNACK) - 1)) if r.random() < 0.5 else \
                            r.randrange(len(_SNACK))
                        items = list(_SNACK[idx])
                        if mode == "nodairy":
                            items = [x if x[0] not in _DAIRY else _NODAIRY_SWAP[x[0]] for x in
                                     items]
                            items = [x for x in items if x]
                else:
                    items = self._pick_meal(mode, menus, poor, name)
                nut = {"mg": 0.0, "k": 0.0, "ca": 0.0}
                for f, g in items:
                    row = _FOODS[f]
                    nut["ca"] += row[3] * g / 100
                    nut["mg"] += row[4] * g / 100
                    nut["k"] += row[5] * g / 100
                for kk in tot:
                    tot[kk] += nut[kk]
                self.meals.append({"i": i, "t": self.dt(i, h), "items": items, "nut": nut,
                                   "name": name})
            if self.supp_on[i] and r.random() < 0.92:
                self.supp_taken[i] = True
                tot["mg"] += supp_nut[0]
                tot["k"] += supp_nut[1]
                tot["ca"] += supp_nut[2]
            self.day_intake.append(tot)
        self.supp_nut = supp_nut

    # ---- medications -------------------------------------------------------------------------
    def _meds(self):
        r, n = self.r, self.n
        self.med_entries = []
        pool = [m for m in _LONG_MEDS if not (self.sex == "female" and m in ("finasteride",
                                                                              "tamsulosin"))]
        for name in r.sample(pool, r.choice([0, 1, 1, 2, 2, 3])):
            start = self.d0 - timedelta(days=r.randint(400, 5500))
            self.med_entries.append({"name": name, "start": start, "end": None, "notes": None})
        if r.random() < 0.35:
            name, days, why = r.choice(_MID_UNRELATED)
            if not (self.sex == "female" and name == "tamsulosin"):
                a = r.randint(10, n - 15)
                s = self.d0 + timedelta(days=a)
                e = s + timedelta(days=days) if days else None
                self.med_entries.append({"name": name, "start": s, "end": e, "notes": why})
        self.med_plan = None
        if self.cause == "medication":
            lst = _CRAMP_MEDS["us" if self.us else "uk"]
            lst = [x for x in lst if not (x[0] == "raloxifene" and self.sex == "male")]
            name, why, _w = self.wchoice(lst, [x[2] for x in lst])
            a = r.randint(max(45, int(0.25 * n)), int(0.6 * n))
            lat = r.randint(7, 21)
            end = None
            if r.random() < 0.3 and a + 60 + 35 < n:
                end = r.randint(a + 60, min(n - 30, a + 130))
            self.med_plan = (name, a, lat, end)
            self.med_entries.append({"name": name, "start": self.d0 + timedelta(days=a),
                                     "end": (self.d0 + timedelta(days=end)) if end else None,
                                     "notes": why if r.random() < 0.7 else None})
        elif r.random() < 0.1:
            name = "simvastatin" if (self.uk and r.random() < 0.5) else "atorvastatin"
            a = r.randint(int(0.2 * n), int(0.7 * n))
            self.med_entries.append({"name": name, "start": self.d0 + timedelta(days=a),
                                     "end": None, "notes": "cholesterol"})

    # ---- logging decisions (what the typed journal will show) ---------------------------------
    def _round_dur(self, d):
        step = 5 if d < 100 else 15
        return max(5, int(round(d / step)) * step)

    def _logged_temp(self, T):
        if self.units == "imperial":
            f = round(T * 9 / 5 + 32)
            return f, (f - 32) * 5 / 9
        c = round(T)
        return c, float(c)

    def _logged_kg(self, kg):
        lb_style = self.units == "imperial" or (self.units == "mixed" and self.uk)
        if lb_style:
            lb = round(kg / 0.45359237 / 0.2) * 0.2
            return ("lb", round(lb, 1)), round(lb, 1) * 0.45359237
        v = round(kg, 1)
        return ("kg", v), v

    def _act_label(self, kind):
        return {"swim": "swimming", "owswim": "swimming", "walk": "walking", "hike": "hiking",
                "garden": "other", "yoga": "yoga", "aqua": self.t["aqua_label"]}[kind]

    def _logging(self):
        r, t = self.r, self.t
        for s in self.sessions:
            i = s["i"]
            s["logged"] = i >= 0 and self.logged_day[i] and r.random() < t["wk_log_p"]
            if not s["logged"]:
                continue
            s["L_label"] = self._act_label(s["kind"])
            s["L_dur"] = self._round_dur(s["dur"])
            s["L_rpe"] = int(round(s["rpe"])) if r.random() < t["rpe_p"] else None
            outdoor = s["kind"] in _OUTDOOR
            s["L_T"] = None
            s["L_RH"] = None
            if outdoor and r.random() < t["temp_p"]:
                T_src = s["T"] if s["kind"] != "owswim" else s["T"] - r.uniform(4, 9)  # water
                s["L_Tval"], s["L_T"] = self._logged_temp(T_src + r.gauss(0, 0.8))
                if s["kind"] != "owswim" and r.random() < t["hum_p"]:
                    s["L_RH"] = int(_clamp(round((s["RH"] + r.gauss(0, 5)) / 5) * 5, 5, 100))
            s["L_weigh"] = False
            if (t["weigh_sessions"] and s["kind"] in _LAND and s["dur"] >= 45
                    and r.random() < t["weigh_sess_p"]):
                both = r.random() < 0.92
                s["L_weigh"] = both
                pre_r, pre_kg = self._logged_kg(s["pre_kg"] + r.gauss(0, 0.1))
                post_r, post_kg = self._logged_kg(s["post_kg"] + r.gauss(0, 0.1))
                s["L_pre"], s["L_post"] = (pre_r, pre_kg), (post_r, post_kg)
                s["L_pre_only"] = not both and r.random() < 0.5
                s["L_post_only"] = not both and not s["L_pre_only"]
            else:
                s["L_pre_only"] = s["L_post_only"] = False
            s["L_drinks"] = r.random() < t["sess_fluid_p"]
        # logged sleep
        for i, nt in self.nights.items():
            nt["logged"] = (0 <= i < self.n - 1 and self.logged_day[i]
                            and r.random() < t["sleep_p"])
            if nt["logged"]:
                step = 0.25 if t["round_min"] <= 15 else 0.5
                b = self._round_time(nt["bed"], 15 if t["round_min"] <= 15 else 30)
                w = self._round_time(nt["wake"], 15 if t["round_min"] <= 15 else 30)
                nt["L_bed"], nt["L_wake"] = b, w
                nt["L_hours"] = (w - b).total_seconds() / 3600 if not t["hours_style"] else \
                    round(nt["hours"] / step) * step
                nt["L_q"] = nt["q"] if r.random() < 0.5 else None
        # logged meals
        for m in self.meals:
            i = m["i"]
            p = t["meal_p"] * (0.35 if self.status[i + self.B] == "trip" else 1.0)
            m["logged"] = self.logged_day[i] and r.random() < p
        # supplements
        self.supp_logged = [self.supp_taken[i] and self.logged_day[i] and
                            r.random() < t["supp_log_p"] for i in range(self.n)]

    def _round_time(self, dt: datetime, step):
        mins = dt.hour * 60 + dt.minute + dt.second / 60
        rm = int(round(mins / step)) * step
        return datetime.combine(dt.date(), time(0)) + timedelta(minutes=rm)

    # ---- exposures ---------------------------------------------------------------------------
    def _units(self):
        """(visible exposed units, invisible truly exposed units) for the planted cause"""
        c = self.cause
        vis, inv = [], []
        ss = [s for s in self.sessions if s["i"] >= 0]
        if c == "dehydration":
            for s in ss:
                if s["loss_pct"] >= 2.0 and s["kind"] in _LAND:
                    ok = s["logged"] and s["L_weigh"] and \
                        100 * (s["L_pre"][1] - s["L_post"][1]) / s["L_pre"][1] >= 2.0
                    (vis if ok else inv).append(("s", s))
        elif c == "electrolyte_loss":
            for s in ss:
                if (s["na_loss"] >= 1200 and s["na_in"] < 0.3 * s["na_loss"]
                        and s["intake"] >= 0.5 * s["sweat"] and s["drinks"]):
                    ok = s["logged"] and s["L_drinks"] and (s["L_T"] is not None or s["L_weigh"])
                    (vis if ok else inv).append(("s", s))
        elif c == "heat":
            for s in ss:
                if s["kind"] not in _LAND:
                    continue
                if _apparent_temp(s["T"], s["RH"]) >= 29:
                    ok = s["logged"] and s["L_T"] is not None and _apparent_temp(
                        s["L_T"], s["L_RH"] if s["L_RH"] is not None else 50) >= 29
                    (vis if ok else inv).append(("s", s))
        elif c == "muscle_fatigue":
            meds = {}
            for s in ss:
                if s["logged"]:
                    meds.setdefault(s["L_label"], []).append(s["L_dur"])
            meds = {k: sorted(v)[len(v) // 2] for k, v in meds.items()}
            for s in ss:
                true_long = s["dur"] >= 1.5 * self.med[s["kind"]]
                true_hard = round(s["rpe"]) >= 7
                if not (true_long or true_hard):
                    continue
                ok = False
                if s["logged"]:
                    lg = true_long and s["L_dur"] >= 1.5 * meds[s["L_label"]]
                    hd = true_hard and s["L_rpe"] is not None and s["L_rpe"] >= 7
                    ok = lg or hd
                (vis if ok else inv).append(("s", s))
        elif c == "training_load_spike":
            n, B = self.n, self.B
            act_rpe = {}
            for s in ss:
                if s["logged"] and s["L_rpe"] is not None:
                    act_rpe.setdefault(s["L_label"], []).append(s["L_rpe"])
            act_rpe = {k: sorted(v)[len(v) // 2] for k, v in act_rpe.items()}
            load = [0.0] * n
            for s in ss:
                if s["logged"]:
                    rp = s["L_rpe"] if s["L_rpe"] is not None else act_rpe.get(s["L_label"], 4)
                    load[s["i"]] += s["L_dur"] * rp
            cum = [0.0]
            for x in load:
                cum.append(cum[-1] + x)
            for s in ss:
                if s["acwr"] is None or s["acwr"] < 1.5:
                    continue
                i = s["i"]
                ok = False
                if s["logged"] and i >= 28:
                    acute = cum[i + 1] - cum[i - 6]
                    chronic = (cum[i + 1] - cum[i - 27]) / 4.0
                    ok = chronic > 0 and acute / chronic >= 1.5
                (vis if ok else inv).append(("s", s))
        elif c == "sleep_debt":
            logged_h = sorted(nt["L_hours"] for nt in self.nights.values() if nt["logged"])
            if len(logged_h) < 30:
                raise _Reject("too little sleep data")
            med = logged_h[len(logged_h) // 2]
            for i, nt in self.nights.items():
                if i < 0 or i + 1 >= self.n or not nt["short_true"]:
                    continue
                ok = nt["logged"] and nt["L_hours"] <= med - 1.25 and self.logged_day[i + 1]
                (vis if ok else inv).append(("n", nt))
        elif c == "nutrient_deficiency":
            n = self.n
            est_days = {}
            logged_by_day = {}
            for m in self.meals:
                if m["logged"]:
                    logged_by_day.setdefault(m["i"], []).append(m)
            for i, ms in logged_by_day.items():
                if len(ms) >= 2:
                    tot = {kk: sum(m["nut"][kk] for m in ms) for kk in ("mg", "k", "ca")}
                    if self.supp_logged[i]:
                        tot["mg"] += self.supp_nut[0]
                        tot["k"] += self.supp_nut[1]
                        tot["ca"] += self.supp_nut[2]
                    est_days[i] = tot
            self.nutri_low = {}
            for i in range(14, n):
                win = range(i - 13, i + 1)
                tm = {kk: sum(self.day_intake[j][kk] for j in win) / 14 for kk in self.ri}
                low = [kk for kk in self.ri if tm[kk] < 0.6 * self.ri[kk]]
                if not low:
                    continue
                ed = [est_days[j] for j in win if j in est_days]
                ok = False
                if self.logged_day[i] and len(ed) >= 5:
                    em = {kk: sum(e[kk] for e in ed) / len(ed) for kk in low}
                    ok = any(em[kk] < 0.65 * self.ri[kk] for kk in low)
                (vis if ok else inv).append(("d", i))
            # the normal part of the journal must look adequate in the logged meals
            a, b, _v = self.deficit
            norm = [est_days[j] for j in est_days if j < a - 3 or j > b + 20]
            if len(norm) < 15:
                raise _Reject("too few normal logged meal days")
        elif c == "medication":
            name, a, lat, end = self.med_plan
            stop = self.n if end is None else min(self.n, end + 3)
            for i in range(a + lat, stop):
                ok = self.logged_day[i]
                (vis if ok else inv).append(("d", i))
        return vis, inv

    # ---- planted episodes --------------------------------------------------------------------
    def _plant(self):
        self.linked = 0
        if self.cause is None:
            return
        r = self.r
        vis, inv = self._units()
        k = r.randint(12, 18) if vis and vis[0][0] == "d" else r.randint(9, 17)
        need = 2 * k + 4
        if len(vis) < need:
            if len(vis) >= 2 * 9:
                k = len(vis) // 2
            else:
                raise _Reject(f"only {len(vis)} visible exposed units")
        p = k / len(vis)
        chosen = r.sample(vis, k)
        extra = [u for u in inv if r.random() < p]
        made = 0
        for u in chosen:
            made += self._planted_episode(u, force=True, budget=20 - made)
        for u in extra:
            if made >= 20:
                break
            made += self._planted_episode(u, force=False, budget=20 - made)
        self.linked = made

    def _planted_episode(self, unit, force, budget):
        """create the cause-typical episode(s) for one exposed unit; return how many"""
        r, c = self.r, self.cause
        kind, ref = unit
        eps = []
        if kind == "s":
            s = ref
            musc_pool = _SESSION_MUSCLES[s["kind"]]
            dur = s["dur"]
            if c == "heat":
                if r.random() < 0.5:
                    t = s["start"] + timedelta(minutes=dur * r.uniform(0.5, 0.97))
                else:
                    t = s["end"] + timedelta(minutes=r.uniform(5, 90))
                m = self.wchoice(["calf", "hamstring", "quadriceps", "hand", "foot", "abdomen"],
                                 [5, 3, 2, 1, 1, 0.5])
                if s["kind"] == "garden" and r.random() < 0.4:
                    m = r.choice(["hand", "forearm", "hamstring"])
                eps.append((t, "spasm", m))
            elif c == "dehydration":
                if r.random() < 0.3:
                    t = s["start"] + timedelta(minutes=dur * r.uniform(0.75, 0.98))
                else:
                    t = s["end"] + timedelta(minutes=r.uniform(15, 240))
                m = self.wchoice(["calf", "hamstring", "quadriceps", "foot"], [5, 2.5, 2, 1])
                eps.append((t, "spasm", m))
            elif c == "electrolyte_loss":
                x = r.random()
                if x < 0.35:
                    t = s["start"] + timedelta(minutes=dur * r.uniform(0.7, 0.98))
                elif x < 0.85:
                    t = s["end"] + timedelta(minutes=r.uniform(5, 180))
                else:
                    t = s["end"] + timedelta(hours=r.uniform(4, 9))
                m = self.wchoice(["calf", "hamstring", "quadriceps", "hand", "abdomen",
                                  "forearm", "foot"], [4, 3, 3, 1.5, 1, 0.7, 1])
                eps.append((t, "spasm", m))
                if budget >= 2 and r.random() < 0.25:
                    m2 = r.choice([x for x in ["calf", "hamstring", "quadriceps", "hand",
                                               "abdomen"] if x != m])
                    eps.append((t + timedelta(minutes=r.choice([5, 10, 15, 20])), "spasm", m2))
            elif c == "muscle_fatigue":
                if r.random() < 0.55:
                    t = s["start"] + timedelta(minutes=dur * r.uniform(0.65, 0.98))
                else:
                    t = s["end"] + timedelta(minutes=r.uniform(3, 60))
                m = r.choice(musc_pool)
                eps.append((t, "spasm", m))
            elif c == "training_load_spike":
                x = r.random()
                if x < 0.4:
                    t = s["start"] + timedelta(minutes=dur * r.uniform(0.4, 0.98))
                elif x < 0.8:
                    t = s["end"] + timedelta(minutes=r.uniform(10, 240))
                else:
                    nt = self.nights.get(s["i"])
                    if nt:
                        t = nt["bed"] + timedelta(hours=r.uniform(1.5, max(1.6, nt["hours"] - 0.5)))
                    else:
                        t = s["end"] + timedelta(hours=6)
                m = r.choice(musc_pool + ["calf", "calf"])
                eps.append((t, "spasm", m))
        elif kind == "n":
            nt = ref
            t = nt["wake"] + timedelta(hours=r.uniform(2, 14))
            typ = self.wchoice(["eyelid_twitch", "calf_twitch", "calf", "foot", "hamstring",
                                "hand"], [3.5, 1.5, 3, 1, 0.5, 0.5])
            if typ == "eyelid_twitch":
                eps.append((t, "twitch", "eyelid"))
            elif typ == "calf_twitch":
                eps.append((t, "twitch", "calf"))
            else:
                eps.append((t, "spasm", typ))
        elif kind == "d":
            i = ref
            nt = self.nights.get(i)
            if c == "nutrient_deficiency":
                typ = self.wchoice(["night", "rest", "hand", "twitch"], [5, 2, 1.2, 2])
            else:
                typ = self.wchoice(["night", "rest", "hand", "twitch"], [7.5, 2, 0.3, 0.4])
            if typ == "night" and nt is not None:
                t = nt["bed"] + timedelta(hours=r.uniform(1.0, max(1.1, nt["hours"] - 0.3)))
                m = self.wchoice(["calf", "foot", "toes", "hamstring"], [6, 2, 1, 1])
                eps.append((t, "spasm", m))
            elif typ == "hand":
                t = self.dt(i, r.uniform(9, 21))
                eps.append((t, "spasm", r.choice(["hand", "fingers", "foot"])))
            elif typ == "twitch":
                t = self.dt(i, r.uniform(8, 22))
                eps.append((t, "twitch", self.wchoice(["eyelid", "calf", "face", "quadriceps"],
                                                      [3, 3, 1, 1])))
            else:
                t = self.dt(i, r.uniform(13, 22.5))
                eps.append((t, "spasm", self.wchoice(["calf", "foot", "hamstring", "toes"],
                                                     [5, 2, 1, 1])))
        out = 0
        for t, k2, m in eps[:max(0, budget)]:
            if not 0 <= self.day_of(t) < self.n:
                continue
            ep = self._episode(t, k2, m, source="planted")
            if force:
                ep["force"] = True
            elif not self._would_log(ep):
                continue
            ep["force"] = True
            self.episodes.append(ep)
            out += 1
        return out

    def _would_log(self, ep):
        i = self.day_of(ep["t"])
        if 0 <= i < self.n and self.logged_day[i]:
            return self.r.random() < 0.95
        return self.r.random() < 0.3

    # ---- episodes ----------------------------------------------------------------------------
    def _context(self, t):
        i = self.day_of(t)
        for s in self.by_day.get(i, []) + self.by_day.get(i - 1, []):
            if s["start"] <= t <= s["end"]:
                return "exercise", s
            if s["end"] < t <= s["end"] + timedelta(hours=3):
                return "after_exercise", s
        for j in (i - 1, i):
            nt = self.nights.get(j)
            if nt and nt["bed"] <= t <= nt["wake"]:
                return "sleep", nt
        return "rest", None

    def _episode(self, t, kind, muscle, source):
        r = self.r
        during, ref = self._context(t)
        if during == "sleep":
            ref["cramp"] = True
        ep = {"t": t, "kind": kind, "muscle": muscle, "during": during, "source": source}
        if kind == "spasm":
            ep["dur_s"] = _clamp(self.lognorm(100 if during == "sleep" else 60, 0.8), 8, 900)
            ep["pain"] = int(_clamp(round(r.gauss(6.2 if during == "sleep" else 5.2, 1.5)), 1,
                                    10))
            rel = []
            if r.random() < 0.75:
                rel.append("stretching")
            if during == "sleep" and r.random() < 0.45:
                rel.append("walking_it_off")
            if r.random() < 0.25:
                rel.append("massage")
            if during == "exercise" and r.random() < 0.4:
                rel.append("rest")
            if r.random() < 0.05:
                rel.append(r.choice(["heat", "pickle_juice", "hydration", "magnesium"]))
            ep["relief"] = rel or ["rest"]
            ep["relieved"] = r.random() < 0.9
        else:
            ep["dur_s"] = r.choice([5, 10, 20, 30, 60, 120, 300])
            ep["pain"] = r.choice([0, 0, 0, 1])
            ep["relief"] = None
            ep["relieved"] = None
        ep["side"] = self.wchoice(["left", "right", "both"], [0.46, 0.44, 0.10]) \
            if muscle not in ("abdomen", "lower_back", "upper_back", "neck", "chest") else None
        return ep

    def _background(self):
        r, n = self.r, self.n
        months = n / 30.44
        per_month = (0.5 + 0.07 * (self.age - 55)) * self.t["cramp_factor"]
        lam = per_month / 30.44
        for i in range(0, n - 1):
            nt = self.nights[i]
            for _ in range(self.poisson(lam)):
                t = nt["bed"] + timedelta(hours=r.uniform(1.0, max(1.2, nt["hours"] - 0.3)))
                m = self.wchoice(["calf", "foot", "toes", "hamstring"], [7.5, 1.5, 0.5, 0.6])
                self._add_bg(self._episode(t, "spasm", m, "bg"))
        for _ in range(self.poisson(0.3 * months)):
            i = r.randrange(n)
            t = self.dt(i, r.uniform(8.5, 21.5))
            m = self.wchoice(["hand", "fingers", "foot", "calf", "hamstring", "toes"],
                             [2, 1.5, 2, 2, 0.7, 0.8])
            self._add_bg(self._episode(t, "spasm", m, "bg"))
        for _ in range(self.poisson(0.25 * months)):
            i0 = r.randrange(n)
            for d in sorted(r.sample(range(7), r.randint(1, 4))):
                if i0 + d < n:
                    t = self.dt(i0 + d, r.uniform(8, 22))
                    self._add_bg(self._episode(t, "twitch", "eyelid", "bg"))
        for _ in range(self.poisson(0.1 * months)):
            t = self.dt(r.randrange(n), r.uniform(8, 22))
            self._add_bg(self._episode(t, "twitch", r.choice(["calf", "quadriceps", "face"]),
                                       "bg"))
        # every journal keeps >= 5 logged episodes, >= 3 of them background: add night cramps on
        # logged nights if short (conditioning the background count, still exposure-blind)
        tries = 0
        def short():
            logged = [e for e in self.episodes if e["force"]]
            return len(logged) < 5 or sum(1 for e in logged if e["source"] == "bg") < 3

        while short() and tries < 400:
            tries += 1
            i = r.randrange(0, n - 1)
            if not self.logged_day[i]:
                continue
            nt = self.nights[i]
            t = nt["bed"] + timedelta(hours=r.uniform(1.0, max(1.2, nt["hours"] - 0.3)))
            ep = self._episode(t, "spasm", r.choice(["calf", "calf", "foot"]), "bg")
            ep["force"] = True
            self.episodes.append(ep)

    def _add_bg(self, ep):
        ep["force"] = self._would_log(ep)
        if ep["force"]:
            self.episodes.append(ep)

    # ---- rendering ---------------------------------------------------------------------------
    def zone_for_day(self, i):
        """(climate tuple used for the offset) for entries of local day i"""
        tid = self.trip_of[i + self.B] if -self.B <= i < self.n else None
        if tid is None:
            return self.home_clim
        tr = self.trips[tid]
        return self.home_clim if tr["home_offset"] else tr["clim"]

    def ts(self, dt: datetime, step=None):
        step = step or self.t["round_min"]
        dt = self._round_time(dt, step)
        i = self.day_of(dt)
        clim = self.zone_for_day(i)
        if self.t["fixed_offset"]:
            off = clim[0]
        else:
            key = (clim, dt.date(), dt.hour)
            off = self._off_cache.get(key)
            if off is None:
                off = self._off_cache[key] = _offset_hours(clim, dt)
        return f"{dt:%Y-%m-%dT%H:%M}:00{_fmt_off(off)}"

    def vol(self, ml, kind="glass"):
        """render a drink volume"""
        r = self.r
        if self.units == "imperial":
            oz = ml / 29.5735
            sizes = [8, 12, 16, 16.9, 20, 24, 32]
            best = min(sizes, key=lambda z: abs(z - oz))
            if abs(best - oz) / oz > 0.25:
                best = max(4, round(oz / 2) * 2)
            return f"{best:g} oz", best * 29.5735
        step = 50 if ml >= 200 else 25
        v = max(25, round(ml / step) * step)
        if self.units == "mixed" and r.random() < 0.1 and v >= 500:
            return f"{v / 1000:g} l", v
        return v, v

    def render(self):
        r, t = self.r, self.t
        out = []
        line = [0]

        def add(obj, key):
            out.append((key, obj))

        prof = {"type": "profile", "sex": self.sex, "birth_year": self.birth_year,
                "body_mass_kg": round(self.mass0, 1), "timezone": self.home}
        if r.random() < 0.75:
            prof["height_cm"] = round(self.height)
        if self.units == "imperial" and r.random() < 0.5:
            prof["body_mass_kg"] = f"{round(self.mass0 / 0.45359237)} lb"
        add(prof, (datetime.min, 0))
        for m in self.med_entries:
            o = {"type": "medication", "name": m["name"], "start": m["start"].isoformat()}
            if m["end"]:
                o["end"] = m["end"].isoformat()
            if m["notes"]:
                o["notes"] = m["notes"]
            add(o, (datetime.combine(max(m["start"], self.d0), time(0)), 1))
        if self.deficit:
            a, b, v = self.deficit
            if r.random() < 0.6:
                note = ("not eating much - off my food" if v == "poor" else
                        "stopped the calcium tablets (constipation), cutting out dairy")
                # a free-text note on the first typed entry of the phase is realistic but the
                # data (meals) carry the signal; put it on a morning body mass or sleep entry
                self._phase_note = (a, note)
        n = self.n
        # sessions + drinks + weigh-ins
        for s in self.sessions:
            if s["i"] < 0 or not s["logged"]:
                continue
            o = {"type": "workout", "time": self.ts(s["start"]), "duration_min": s["L_dur"],
                 "activity": s["L_label"]}
            if s["L_dur"] % 30 == 0 and s["L_dur"] >= 60 and r.random() < 0.12:
                o["duration_min"] = f"{s['L_dur'] / 60:g} h"
            if s["L_rpe"] is not None:
                o["rpe"] = s["L_rpe"]
            if s["L_T"] is not None:
                o["temperature_c"] = (f"{s['L_Tval']} degF" if self.units == "imperial"
                                      else s["L_Tval"])
            if s["L_RH"] is not None:
                o["humidity_pct"] = s["L_RH"]
            kind = s["kind"]
            if kind in ("walk", "hike") and r.random() < t["dist_p"]:
                km = s["dur"] / 60 * self.walk_speed * (0.85 if kind == "hike" else 1.0) * \
                    r.uniform(0.9, 1.1)
                if self.units == "imperial":
                    o["distance_km"] = f"{round(km / 1.609344, 1)} mi"
                else:
                    o["distance_km"] = round(km, 1)
            if kind == "swim" and r.random() < t["dist_p"]:
                metres = s["dur"] * self.swim_pace * r.uniform(0.9, 1.1)
                if self.units == "imperial":
                    o["distance_km"] = f"{int(round(metres / 0.9144 / 50) * 50)} yd"
                else:
                    o["distance_km"] = round(round(metres / 50) * 50 / 1000, 2)
            if t["hr_device"] and kind in ("walk", "hike", "garden") and r.random() < t["hr_p"]:
                o["avg_hr"] = int(_clamp(round(58 + 8.5 * s["rpe"] + 0.5 * max(0, s["T"] - 22)
                                               + r.gauss(0, 5) - 0.3 * (self.age - 65)), 50, 175))
            if r.random() < t["mg_p"]:
                o["muscle_groups"] = list(r.choice(_LOGGED_MUSCLES[kind]))
            if kind == "swim" and r.random() < t["warm_p"]:
                o["warm_up_min"] = r.choice([10, 10, 15, 20])
                o["cool_down_min"] = r.choice([5, 5, 10])
            notes = []
            if kind == "aqua" and (t["aqua_label"] != "running" or r.random() < 0.5):
                notes.append(r.choice(["aqua jogging", "aqua jog, deep end", "aqua class"]))
            if s["note"] and (kind == "garden" or r.random() < 0.7):
                notes.append(s["note"])
            if kind == "garden" and not notes:
                notes.append("gardening")
            if kind in _LAND and s["T"] >= 28 and r.random() < 0.3:
                notes.append(r.choice(["hot!", "very warm", "scorcher", "muggy"]))
            if kind in ("walk", "hike") and not s["drinks"] and s["dur"] >= 60 and \
                    r.random() < 0.25:
                notes.append("forgot water bottle")
            if any(d[2] in ("electrolyte_drink", "ors") for d in s["drinks"]) and \
                    r.random() < 0.3:
                notes.append(r.choice(["electrolyte tab in bottle", "had a rehydration sachet"]))
            if t["sweat_na"] > 1050 and s["sweat"] > 1.0 and r.random() < 0.12:
                notes.append("salt marks on my hat")
            if s["trip"] is not None and r.random() < 0.3:
                notes.append(self.trips[s["trip"]]["label"])
            if notes:
                o["notes"] = ", ".join(dict.fromkeys(notes))
            add(o, (s["start"], 3))
            if s["L_drinks"]:
                for (dt_, ml, drink) in s["drinks"] + s["after"]:
                    v, _ = self.vol(ml)
                    add({"type": "fluid", "time": self.ts(dt_), "ml": v, "drink": drink},
                        (dt_, 4))
            if s["L_weigh"] or s["L_pre_only"]:
                (u, v), _ = s["L_pre"]
                add({"type": "body_mass", "time": self.ts(s["start"] - timedelta(minutes=10)),
                     "kg": v if u == "kg" else f"{v:.1f} lb", "context": "pre_workout"},
                    (s["start"] - timedelta(minutes=10), 2))
            if s["L_weigh"] or s["L_post_only"]:
                (u, v), _ = s["L_post"]
                add({"type": "body_mass", "time": self.ts(s["end"] + timedelta(minutes=15)),
                     "kg": v if u == "kg" else f"{v:.1f} lb", "context": "post_workout"},
                    (s["end"] + timedelta(minutes=15), 5))
        # routine drinks
        for i in range(n):
            if not self.logged_day[i]:
                continue
            hot = self.tmax[i + self.B] >= 27
            hot_drink = "coffee" if (self.us and r.random() < 0.6) or r.random() < 0.25 else "tea"
            routine = [(r.uniform(7, 8.5), r.choice([250, 300, 350]), hot_drink)]
            if r.random() < 0.7:
                routine.append((r.uniform(10.5, 11.5), r.choice([250, 300]), hot_drink))
            routine.append((r.uniform(12, 13.5), r.choice([200, 250, 300]), "water"))
            if r.random() < 0.6:
                routine.append((r.uniform(15, 16.5), r.choice([250, 300]), "tea"))
            if hot:
                for _ in range(r.randint(1, 3)):
                    routine.append((r.uniform(11, 20), r.choice([250, 300, 500]), "water"))
            if r.random() < 0.25:
                routine.append((r.uniform(18, 20.5), r.choice([150, 330, 500]),
                                r.choice(["beer", "other", "juice", "soft_drink"])))
            if r.random() < 0.3:
                routine.append((r.uniform(21, 22.5), r.choice([200, 250]), r.choice(["tea",
                                                                                    "milk"])))
            for h, ml, drink in routine:
                if r.random() < t["fluid_p"]:
                    dt_ = self.dt(i, h)
                    v, _ = self.vol(ml)
                    o = {"type": "fluid", "time": self.ts(dt_), "ml": v}
                    if drink != "water" or r.random() < 0.6:
                        o["drink"] = drink
                    add(o, (dt_, 4))
        # morning weigh-ins
        for i in range(n):
            if self.logged_day[i] and r.random() < t["morning_weigh_p"]:
                dt_ = self.dt(i, r.uniform(6.5, 8.0))
                (u, v), _ = self._logged_kg(self.mass_at(i) + r.gauss(0, 0.3))
                o = {"type": "body_mass", "time": self.ts(dt_),
                     "kg": v if u == "kg" else f"{v:.1f} lb"}
                if r.random() < 0.7:
                    o["context"] = "morning"
                add(o, (dt_, 1))
        # sleep
        phase_note = getattr(self, "_phase_note", None)
        for i, nt in sorted(self.nights.items()):
            if not nt["logged"]:
                continue
            o = {"type": "sleep", "time": self.ts(nt["L_bed"], 15)}
            if t["hours_style"]:
                o["hours"] = nt["L_hours"]
            else:
                o["end"] = self.ts(nt["L_wake"], 15)
            if nt["L_q"] is not None:
                q = nt["L_q"]
                if nt["cramp"]:
                    q = max(1, q - 1)
                o["quality"] = q
            if nt["cramp"] and r.random() < 0.3:
                o["notes"] = r.choice(["woke with cramp", "cramp in the night", "broken night"])
            elif nt["short_true"] and r.random() < 0.25:
                o["notes"] = r.choice(["couldn't sleep", "up early", "restless", "mind racing"])
            if phase_note and i >= phase_note[0]:
                o["notes"] = phase_note[1]
                phase_note = None
            add(o, (nt["L_bed"], 6))
        # meals
        for m in self.meals:
            if not m["logged"]:
                continue
            items = []
            for f, g in m["items"]:
                row = _FOODS[f]
                it = {"ndb_no": row[0]} if r.random() < 0.75 else {"food": row[1]}
                if self.units == "imperial" and r.random() < 0.3:
                    it["grams"] = f"{max(0.5, round(g / 28.3495 * 2) / 2):g} oz"
                else:
                    it["grams"] = g
                items.append(it)
            o = {"type": "meal", "time": self.ts(m["t"]), "items": items}
            if r.random() < 0.15:
                o["notes"] = m["name"]
            add(o, (m["t"], 4))
        # supplements
        supp_name = {"vitd": "vitamin D3 1000 IU", "calcium_d": "calcium + vitamin D",
                     "multi": "multivitamin 50+", "magnesium": "magnesium citrate"}.get(t["supp"])
        for i in range(n):
            if self.supp_logged[i]:
                dt_ = self.dt(i, 8.25)
                o = {"type": "supplement", "time": self.ts(dt_), "name": supp_name}
                mg, k, ca = self.supp_nut
                if mg:
                    o["magnesium_mg"] = mg
                if k:
                    o["potassium_mg"] = k
                if ca:
                    o["calcium_mg"] = ca
                add(o, (dt_, 4))
        # episodes
        for ep in self.episodes:
            if not ep["force"]:
                continue
            night = ep["during"] == "sleep"
            step = 30 if night else (15 if t["round_min"] >= 15 else 5)
            o = {"type": "episode", "time": self.ts(ep["t"], step),
                 "kind": ep["kind"] if r.random() < 0.8 else
                 ("cramp" if ep["kind"] == "spasm" else "fasciculation"),
                 "muscle": ep["muscle"]}
            if ep["side"] and r.random() < 0.85:
                o["side"] = ep["side"]
            if r.random() < 0.7:
                d = ep["dur_s"]
                o["duration_s"] = int(round(d / 30) * 30) if d > 60 else int(round(d / 5) * 5) \
                    or 5
            if ep["pain"] is not None and r.random() < 0.8:
                o["pain"] = ep["pain"]
            during = ep["during"]
            if during == "after_exercise" and r.random() < 0.12:
                during = "rest"
            if r.random() < 0.88:
                o["during"] = during
            if ep["relief"] and r.random() < 0.65:
                o["relief"] = ep["relief"]
            if ep["relieved"] is not None and r.random() < 0.6:
                o["relieved"] = ep["relieved"]
            if r.random() < 0.05:
                o["flags"] = {"swelling": False, "redness": False}
            notes = []
            if night and r.random() < 0.25:
                notes.append(r.choice(["woke me up", "had to stand on the cold floor",
                                       "toes pointed in bed", "got up and walked it off"]))
            if ep["during"] == "exercise" and ep["kind"] == "spasm" and r.random() < 0.3:
                notes.append(r.choice(["had to stop", "pushing off the wall", "near the end",
                                       "stopped and stretched"]))
            if ep["kind"] == "twitch" and r.random() < 0.3:
                notes.append(r.choice(["on and off all day", "flickering", "annoying"]))
            if r.random() < 0.08:
                notes.append(r.choice(_LAY_GUESSES))
            if notes:
                o["notes"] = "; ".join(notes)
            add(o, (ep["t"], 7))
        # sort, ids, duplicates
        out.sort(key=lambda x: x[0])
        objs = [o for _, o in out]
        if t["ids"]:
            week_line = {}
            for o in objs:
                tm = o.get("time") or (o.get("start") if o["type"] == "medication" else None)
                if o["type"] == "profile":
                    continue
                wk = 0
                if isinstance(tm, str):
                    try:
                        wk = (date.fromisoformat(tm[:10]) - self.d0).days // 7 + 1
                    except ValueError:
                        wk = 0
                wk = max(0, wk)
                week_line[wk] = week_line.get(wk, 0) + 1
                o["id"] = f"nb-w{wk:02d}-{week_line[wk]:03d}"
        else:
            cands = [j for j, o in enumerate(objs) if o["type"] in ("fluid", "meal")]
            for j in sorted(r.sample(cands, min(len(cands), r.choice([0, 0, 1, 2, 3]))),
                            reverse=True):
                objs.insert(j + 1, dict(objs[j]))
        return objs

    def period(self):
        off0 = _offset_hours(self.home_clim, datetime.combine(self.d0, time(0)))
        end = self.d0 + timedelta(days=self.n)
        off1 = _offset_hours(self.home_clim, datetime.combine(end, time(0)))
        start = datetime.combine(self.d0, time(0), tzinfo=timezone(timedelta(hours=off0)))
        stop = datetime.combine(end, time(0), tzinfo=timezone(timedelta(hours=off1)))
        return start, stop


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    last_err = None
    for attempt in range(4000):
        rng = random.Random(f"blind-o|{cause}|{seed}|{attempt}")
        g = _Gen(cause, rng)
        try:
            g.build()
        except _Reject as e:
            last_err = e
            continue
        objs = g.render()
        start, stop = g.period()
        return BlindJournal(cause=cause, objects=objs, start=start, stop=stop)
    raise RuntimeError(f"could not build a journal for {cause!r} seed {seed}: {last_err}")


def _debug_summary(cause, seed):
    """internal: the generator's own counts (not part of the journal)."""
    for attempt in range(4000):
        rng = random.Random(f"blind-o|{cause}|{seed}|{attempt}")
        g = _Gen(cause, rng)
        try:
            g.build()
        except _Reject:
            continue
        return {"attempt": attempt, "days": g.n, "linked": g.linked,
                "background": sum(1 for e in g.episodes if e["force"] and e["source"] == "bg"),
                "home": g.home}
    return None
