"""Blind synthetic cramp journals: a college basketball / volleyball player, logged by team staff.

Point of view
-------------
One NCAA-style student athlete (women's or men's basketball, or women's or men's indoor
volleyball) whose data lands in the team's app. Most of it is entered by staff or comes from
team devices; some is typed by the athlete:

* workouts (practices, games/matches, tournament days, lifts, conditioning, shootarounds,
  rehab) are put in by the strength coach / athletic trainer: start, duration, activity, a
  CR-10 session RPE the athlete taps in after the session (sometimes missing), average heart
  rate from the team HR straps (missing when not worn), muscle groups from the session template,
  and temperature/humidity: always for outdoor work (weather app), almost always in the non-air-
  conditioned practice gym when it is hot (the trainers' heat policy), only now and then in the
  air-conditioned arena or on the road. Temperatures come as numbers in degC or as "NN degF".
* team weigh-ins on the training-room scale before and after some practices (most in summer,
  preseason and hot days; fewer in season), in "lb" strings; some athletes also have a home
  smart scale (morning weights, kg). Fluids during weighed sessions are logged bottle by bottle
  (the sweat-rate protocol), otherwise only sometimes; bottles come as "20 oz" strings or ml.
* sleep from a team wearable (bedtime and wake time in the local offset where the athlete
  slept), with missing nights and a lost-charger gap, and a few hand-entered "hours".
* meals from the dining-hall / training-table app (USDA numbers) on many but not all days,
  restaurant meals on the road as totals, a few items typed by hand with USDA names.
* supplements (multivitamin, vitamin D, iron, creatine ...) and medicines from the team
  physician's list (allergy tablets, antibiotic courses, a short ibuprofen course after an
  ankle sprain ...).
* episodes: cramps the trainer saw on the court, and night cramps / twitches the athlete
  reports the next morning (times rounded, sides or durations sometimes missing).

Calendar: the real shape of the sport's year (summer workouts, breaks at the athlete's hometown
in another time zone, preseason two-a-days, season with home and away games or tournament
weekends, Thanksgiving tournaments in the Bahamas / Puerto Rico / Hawaii, conference tournaments,
spring season, injury lay-offs with rehab). Every entry carries the UTC offset of where the
athlete was (US DST computed), so a trip shows up as a change of offset. A journal covers
100-365 days.

Natural correlations present in EVERY journal (null ones included):
hot days -> more sweat -> larger weigh-in losses and sodium losses (trainers also push fluids on
hot days); long sessions are also hard ones; preseason and returns from breaks / lay-offs are
load spikes (and the volleyball preseason is also hot); evening games, same-night flights home,
early flights, exam weeks and the odd bad night shorten sleep; away days change time zone and
meal logging. Personas vary: poor drinkers, salty sweaters, heavy sweaters, bad sleepers and
lots of hot sessions all occur in journals where they cause nothing.

Background episodes (every journal, unrelated to any exposure): night calf/foot cramps on nights
drawn uniformly at random, eyelid-twitch spells (1-3 consecutive days), random rest twitches or
hand/foot cramps at random waking times away from sessions (not within 3 h after one), and a
couple of random exercise cramps placed in sessions drawn uniformly from all sessions (same
chance for every session, whatever its length, heat or load). A night with a night cramp gets a
wearable sleep-quality score one lower (its duration is never touched, so sleep duration is not
an effect of cramps). Null journals (cause=None) have only these (always >= 5).

How each cause is planted (the only exposure that raises the rate; 9-20 linked episodes, chosen
among exposed units so that at least half of the exposed units have no episode; an exposed unit
is only used if the data showing the exposure were actually logged):

* dehydration: persona drinks little during sessions (replaces ~15-35 % of sweat), weighed more
  often. Exposed unit = a session with pre- and post-workout weigh-ins whose logged mass loss is
  >= 2.0 % of pre-session mass. Episodes (calf/hamstring/quadriceps spasms) come late in the
  session or within ~2.5 h after it. Heat, duration, drink type play no part beyond their effect
  on the loss.
* electrolyte_loss: a salty, heavy sweater (58-75 mmol/L, 1.2-1.6 L/h) who drinks plenty but
  mostly plain water (so weigh-in losses stay small). Exposed unit = a session with fluids
  logged, sweat >= 2.0 L (pre - post + intake), sweat sodium loss >= 2500 mg and < 25 % of it
  replaced by the session's drinks (sodium by drink default or given). Episodes: cramps late in
  or after the session, sometimes two muscles in the same session (whole-body pattern: calves,
  thighs, hands, abdomen). Sessions with sports/electrolyte drinks are not affected.
* muscle_fatigue: exposed unit = a team/conditioning session with logged RPE whose load
  (duration x RPE) is in the top 12 % of this person's own sessions (long preseason practices,
  overtime games, five-set matches, "coach kept us late"). Episodes in a worked leg muscle in the
  last part of the session or soon after. Heat and ACWR play no part.
* training_load_spike: exposed unit = a session on a day (>= 28 days into the journal) whose
  acute:chronic load ratio (7-day sum / (28-day sum / 4), session-RPE load) is >= 1.5: first
  weeks of preseason, return from winter/spring break, return from an injury lay-off. The
  sessions themselves are ordinary. Episodes during/after those sessions.
* heat: exposed unit = a session whose logged temperature is >= 28 degC, or >= 26 degC with
  logged humidity >= 60 % (non-AC practice gym in summer/early fall, outdoor conditioning, a hot
  tournament venue). Hydration behaviour is ordinary. Episodes late in or after those sessions.
* nutrient_deficiency: after a normal first 25-40 % of the journal (logged intake then ~1.3-1.7x
  the Mg RDA, above the K AI and Ca RDA, as in every other journal) the athlete cuts dairy (new
  lactose intolerance), eats restrictively (skipped breakfasts, few vegetables/nuts, white
  rice/pasta/chicken) and stops the multivitamin: logged intake on full days falls to about
  50 % of the Mg RDA, 35-45 % of the K AI and 25 % of the Ca RDA. After a 2-3 week lag,
  twitches (eyelid, calf, thigh, fingers) and cramps (calf, foot, toes, hand) at uniformly
  random days/times (night, rest, in sessions) through the low-intake period only.
* sleep_debt: persona has more bad nights. Exposed unit = the day after a wearable-recorded night
  at least 1.5 h shorter than the person's median. Episodes (eyelid/calf twitches, cramps at rest
  or in that day's session) in the 14 h after waking.
* medication: a cramp-linked medicine (salmeterol or fluticasone/salmeterol or
  budesonide/formoterol, i.e. LABAs, or scheduled albuterol, or a naproxen course) starts 35-55 %
  into the journal (naproxen has an end date). Episodes (mostly night/rest leg cramps, some in
  sessions) at uniformly random times from a few days after the start to the end of the course.
  Other journals carry only medicines not linked to cramps (cetirizine, amoxicillin, ...).
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


# --------------------------------------------------------------------------------------------
# time zones (US rules computed here; no tz database needed)
# --------------------------------------------------------------------------------------------
_TZ = {  # key: (standard offset h, US DST?)
    "ET": (-5, True), "CT": (-6, True), "MT": (-7, True), "AZ": (-7, False), "PT": (-8, True),
    "HI": (-10, False), "PR": (-4, False), "BS": (-5, True),
}


def _nth_sunday(year: int, month: int, n: int) -> int:
    first = date(year, month, 1)
    first_sun = 1 + (6 - first.weekday()) % 7
    return first_sun + 7 * (n - 1)


def _dst_window(year: int, std: int):
    # US rules: second Sunday of March 02:00 standard -> first Sunday of November 02:00 daylight
    s = datetime(year, 3, _nth_sunday(year, 3, 2), 2) - timedelta(hours=std)
    e = datetime(year, 11, _nth_sunday(year, 11, 1), 1) - timedelta(hours=std)
    return s, e


def _offset(tz: str, utc: datetime) -> int:
    std, dst = _TZ[tz]
    if not dst:
        return std
    s, e = _dst_window(utc.year, std)
    return std + 1 if s <= utc < e else std


def _to_utc(local: datetime, tz: str) -> datetime:
    std = _TZ[tz][0]
    off = _offset(tz, local - timedelta(hours=std))
    utc = local - timedelta(hours=off)
    off2 = _offset(tz, utc)
    if off2 != off:
        utc = local - timedelta(hours=off2)
    return utc


def _iso(utc: datetime, tz: str) -> str:
    off = _offset(tz, utc)
    loc = utc + timedelta(hours=off)
    sign = "-" if off < 0 else "+"
    return "%04d-%02d-%02dT%02d:%02d:%02d%s%02d:00" % (
        loc.year, loc.month, loc.day, loc.hour, loc.minute, loc.second, sign, abs(off))


def _local(utc: datetime, tz: str) -> datetime:
    return utc + timedelta(hours=_offset(tz, utc))


# --------------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------------
# monthly mean daily highs (degC) and afternoon relative humidity (%)
_HOMES = [
    dict(city="Raleigh, NC", tz="ET", iana="America/New_York",
         hi=[11, 13, 18, 23, 27, 31, 32, 31, 28, 23, 17, 12],
         rh=[52, 50, 48, 47, 55, 58, 62, 64, 62, 55, 52, 54]),
    dict(city="Gainesville, FL", tz="ET", iana="America/New_York",
         hi=[20, 22, 25, 28, 31, 33, 33, 33, 32, 28, 24, 21],
         rh=[55, 52, 50, 47, 50, 58, 64, 65, 63, 58, 57, 57]),
    dict(city="Austin, TX", tz="CT", iana="America/Chicago",
         hi=[17, 19, 23, 27, 31, 34, 36, 36, 33, 28, 22, 17],
         rh=[50, 50, 50, 52, 56, 52, 46, 45, 50, 50, 52, 52]),
    dict(city="Lincoln, NE", tz="CT", iana="America/Chicago",
         hi=[2, 5, 12, 18, 24, 30, 32, 31, 26, 19, 11, 3],
         rh=[60, 58, 54, 50, 55, 56, 58, 58, 55, 52, 58, 62]),
    dict(city="Boulder, CO", tz="MT", iana="America/Denver",
         hi=[7, 8, 12, 16, 21, 28, 31, 29, 25, 18, 11, 6],
         rh=[40, 40, 38, 36, 38, 32, 32, 35, 32, 33, 40, 42]),
    dict(city="Tempe, AZ", tz="AZ", iana="America/Phoenix",
         hi=[19, 22, 25, 30, 35, 41, 41, 40, 38, 32, 25, 19],
         rh=[32, 28, 24, 17, 14, 11, 22, 26, 25, 22, 26, 33]),
    dict(city="Los Angeles, CA", tz="PT", iana="America/Los_Angeles",
         hi=[20, 20, 21, 22, 23, 25, 28, 29, 28, 26, 23, 20],
         rh=[50, 55, 58, 58, 60, 62, 60, 60, 58, 55, 50, 48]),
    dict(city="Lexington, KY", tz="ET", iana="America/New_York",
         hi=[5, 8, 14, 20, 25, 29, 31, 31, 27, 21, 14, 7],
         rh=[62, 58, 54, 52, 56, 58, 60, 60, 58, 55, 60, 64]),
]

_AWAY = [  # domestic road venues: (name, tz)
    ("Bloomington", "ET"), ("Chapel Hill", "ET"), ("Columbus", "ET"), ("Knoxville", "ET"),
    ("Louisville", "ET"), ("Ann Arbor", "ET"), ("Lawrence", "CT"), ("Waco", "CT"),
    ("Madison", "CT"), ("Ames", "CT"), ("Fayetteville", "CT"), ("Lubbock", "CT"),
    ("Provo", "MT"), ("Salt Lake City", "MT"), ("Tucson", "AZ"), ("Eugene", "PT"),
    ("Seattle", "PT"), ("Stanford", "PT"), ("Las Vegas", "PT"), ("Pullman", "PT"),
]
_EXOTIC = [  # holiday tournaments: (name, tz, chance the court is hot/humid)
    ("Paradise Island (Bahamas)", "BS", 0.35), ("San Juan (PR)", "PR", 0.55),
    ("Lahaina (HI)", "HI", 0.85), ("Honolulu (HI)", "HI", 0.4), ("Las Vegas", "PT", 0.05),
]
_OPP = ["Riverside St.", "Northern Valley", "Coastal Tech", "Mountain West U.", "Lakeshore",
        "Central St.", "Prairie A&M", "Eastern Baptist", "Grand Canyon Valley", "Bayou St.",
        "Capital City", "Pine Ridge", "Harbor U.", "Summit College", "Red River",
        "Ozark St.", "Great Plains", "Atlantic Coast", "Desert Southern", "Ivy Hill"]


def _clim(home: dict, d: date, key: str) -> float:
    arr = home[key]
    # interpolate between mid-month points
    m = d.month - 1
    frac = (d.day - 15) / 30.0
    if frac >= 0:
        a, b = arr[m], arr[(m + 1) % 12]
        return a + (b - a) * frac
    a, b = arr[(m - 1) % 12], arr[m]
    return b + (b - a) * frac


# --------------------------------------------------------------------------------------------
# foods (USDA SR28, per 100 g: kcal, Ca, Mg, K, Na) -- taken from ABBREV_SR28
# --------------------------------------------------------------------------------------------
_FOOD = {
    "08120": ('CEREALS,OATS,REG & QUICK,NOT FORT,DRY', 379, 52, 138, 362, 6),
    "01079": ('MILK,RED FAT,FLUID,2% MILKFAT,W/ ADDED VIT A & VITAMIN D', 50, 120, 11, 140, 47),
    "09040": ('BANANAS,RAW', 89, 5, 27, 358, 1),
    "16098": ('PEANUT BUTTER,SMOOTH STYLE,W/ SALT', 598, 49, 168, 558, 426),
    "01256": ('YOGURT,GREEK,PLN,NONFAT', 59, 110, 11, 141, 36),
    "08037": ('CEREALS RTE,GRANOLA,HOMEMADE', 489, 76, 168, 539, 26),
    "09050": ('BLUEBERRIES,RAW', 57, 6, 6, 77, 1),
    "01132": ('EGG,WHL,CKD,SCRMBLD', 149, 66, 11, 132, 145),
    "18075": ('BREAD,WHOLE-WHEAT,COMM. PREPARED', 252, 161, 75, 254, 455),
    "09206": ('ORANGE JUICE,RAW', 45, 11, 11, 200, 1),
    "08013": ('CEREALS RTE,GENERAL MILLS,CHEERIOS', 376, 401, 114, 641, 497),
    "05064": ('CHICKEN,BROILERS OR FRYERS,BREAST,MEAT ONLY,CKD,RSTD', 165, 15, 29, 256, 74),
    "20037": ('RICE,BROWN,LONG-GRAIN,CKD', 123, 3, 39, 86, 4),
    "11091": ('BROCCOLI,CKD,BLD,DRND,WO/SALT', 35, 40, 21, 293, 41),
    "07081": ('TURKEY BREAST,SLICED,PREPACKAGED', 106, 14, 19, 371, 898),
    "01009": ('CHEESE,CHEDDAR', 404, 710, 27, 76, 653),
    "09003": ('APPLES,RAW,WITH SKIN', 52, 6, 5, 107, 1),
    "16015": ('BEANS,BLACK,MATURE SEEDS,CKD,BLD,WO/SALT', 132, 27, 70, 355, 1),
    "20045": ('RICE,WHITE,LONG-GRAIN,REG,ENR,CKD', 130, 10, 12, 35, 1),
    "09037": ('AVOCADOS,RAW,ALL COMM VAR', 160, 12, 29, 485, 7),
    "22401": ('SPAGHETTI W/ MEAT SAU,FRZ ENTREE', 90, 18, 15, 144, 238),
    "15086": ('FISH,SALMON,SOCKEYE,CKD,DRY HEAT', 156, 11, 36, 436, 92),
    "11508": ('SWEET POTATO,CKD,BKD IN SKN,FLESH,WO/ SALT', 90, 38, 27, 475, 36),
    "11457": ('SPINACH,RAW', 23, 99, 79, 558, 79),
    "13454": ('BEEF,TOP SIRLOIN,STEAK,LN,0" FAT,ALL GRDS,CKD,BRLD', 183, 20, 26, 393, 64),
    "11674": ('POTATOES,BKD,FLESH & SKN,WO/ SALT', 93, 15, 28, 535, 10),
    "11168": ('CORN,SWT,YEL,CKD,BLD,DRND,WO/SALT', 96, 3, 26, 218, 1),
    "20121": ('PASTA,CKD,ENR,WO/ ADDED SALT', 158, 7, 18, 44, 1),
    "06931": ('SAUCE,PASTA,SPAGHETTI/MARINARA,RTS', 50, 26, 18, 320, 437),
    "23570": ('BEEF,GROUND,85% LN MEAT / 15% FAT,CRUMBLES,CKD,PAN-BROWNED', 256, 22, 25, 407, 89),
    "19059": ('TRAIL MIX,REGULAR', 462, 78, 158, 685, 229),
    "12061": ('ALMONDS', 579, 269, 270, 733, 1),
    "25051": ('Snacks, CLIF BAR, mixed flavors', 346, 368, 147, 412, 195),
    "01104": ('MILK,CHOC,LOWFAT,W/ ADDED VIT A & VITAMIN D', 62, 129, 13, 172, 65),
    "19047": ('PRETZELS,HARD,PLN,SALTED', 384, 27, 29, 223, 1240),
    "18406": ('BAGELS,PLN,ENR,WO/CA PROP (INCL ONION,POPPY,SESAME)', 275, 18, 29, 101, 534),
    "21107": ('FAST FOODS,HAMBURGER; SINGLE,REG PATTY; PLN', 297, 62, 27, 197, 331),
    "11403": ('POTATOES,FRENCH FR,ALL TYPES,SALT ADDED IN PROC,FRZ,OVEN HTD', 158, 12, 24, 478, 324),
    "09200": ('ORANGES,RAW,ALL COMM VAR', 47, 40, 10, 181, 0),
    "09316": ('STRAWBERRIES,RAW', 32, 16, 13, 153, 1),
    "01117": ('YOGURT,PLN,LOFAT,12 GRAMS PROT PER 8 OZ', 63, 183, 17, 234, 70),
    "11124": ('CARROTS,RAW', 41, 33, 12, 320, 69),
    "16137": ('HUMMUS,HOME PREP', 177, 49, 29, 173, 242),
    "05098": ('CHICKEN,BROILERS OR FRYERS,THIGH,MEAT ONLY,CKD,RSTD', 179, 9, 24, 269, 106),
    "15121": ('FISH,TUNA,LT,CND IN H2O,DRND SOL', 86, 17, 23, 179, 247),
    "18069": ('BREAD,WHITE,COMMLY PREP (INCL SOFT BREAD CRUMBS)', 266, 144, 23, 126, 490),
    "19021": ('GRANOLA BARS,SOFT,UNCOATED,PNUT BUTTER', 426, 91, 86, 291, 409),
    "01026": ('CHEESE,MOZZARELLA,WHL MILK', 300, 505, 20, 76, 627),
    "18364": ('TORTILLAS,RTB OR -FRY,FLR,REFR', 306, 146, 22, 125, 736),
    "21060": ('FAST FOODS,BURRITO,W/BNS', 206, 52, 40, 301, 454),
    "21155": ('FAST FOODS,SUBMARINE SNDWCH,TRKY BRST WHT BRD LTTC & TMT', 147, 169, 23, 253, 317),
    "09298": ('RAISINS,SEEDLESS', 299, 50, 32, 749, 11),
    "11313": ('PEAS,GRN,FRZ,CKD,BLD,DRND,WO/SALT', 78, 24, 22, 110, 72),
    "16043": ('BEANS,PINTO,MATURE SEEDS,CKD,BLD,WO/SALT', 143, 46, 50, 436, 1),
    "10061": ('PORK,FRSH,LOIN,TENDERLOIN,LN,CKD,RSTD', 143, 6, 29, 421, 57),
    "22978": ('CHICKEN TENDERS,BREADED,FRZ,PREP', 240, 39, 29, 281, 527),
}
# names an athlete types by hand (each resolves to the USDA number beside it)
_HAND_NAME = {"09040": "bananas, raw", "09003": "apples, raw, with skin", "01256": "greek yogurt",
              "05064": "chicken breast", "16098": "peanut butter", "12061": "almonds",
              "19059": "trail mix, regular", "09316": "strawberries, raw", "18406": "bagel",
              "09206": "orange juice, raw", "01079": "milk", "11457": "spinach, raw",
              "11124": "carrots, raw", "19047": "pretzels, hard, pln, salted",
              "09200": "oranges, raw, all comm var", "09298": "raisins, seedless"}

# meal templates: list of (ndb, grams); grams are scaled by the person's appetite
_NORMAL = {
    "breakfast": [
        [("08120", 80), ("01079", 240), ("09040", 118), ("16098", 32)],
        [("01256", 220), ("08037", 60), ("09050", 75), ("09206", 240)],
        [("01132", 150), ("18075", 70), ("09040", 118), ("01079", 240)],
        [("08013", 50), ("01079", 300), ("09316", 100), ("09206", 240)],
        [("08120", 70), ("01256", 170), ("12061", 20), ("09050", 70)],
    ],
    "lunch": [
        [("05064", 150), ("20037", 220), ("11091", 120), ("09003", 180)],
        [("07081", 100), ("18075", 80), ("01009", 28), ("11124", 80), ("09200", 140), ("01079", 240)],
        [("16015", 130), ("20045", 200), ("05064", 120), ("09037", 60), ("01009", 28)],
        [("15121", 120), ("18075", 80), ("11457", 60), ("09040", 118), ("01117", 170)],
        [("16043", 130), ("18364", 70), ("05098", 120), ("09037", 50), ("01026", 30)],
    ],
    "dinner": [
        [("15086", 150), ("11508", 220), ("11457", 80), ("20037", 150)],
        [("13454", 170), ("11674", 280), ("11168", 120), ("01079", 240)],
        [("20121", 300), ("06931", 150), ("23570", 100), ("11457", 60), ("01026", 30)],
        [("05098", 180), ("11674", 250), ("11313", 120), ("01256", 150)],
        [("10061", 150), ("20037", 200), ("11091", 150), ("01079", 240)],
    ],
    "snack": [
        [("19059", 45)], [("12061", 30), ("09040", 118)], [("25051", 68)],
        [("01256", 170), ("09316", 100)], [("16098", 32), ("18075", 50), ("09040", 118)],
        [("01104", 355)], [("19047", 40), ("16137", 60)], [("09298", 40), ("12061", 20)],
    ],
}
_DAIRY = ("01079", "01256", "01117", "01009", "01026", "01104")
_RESTRICTED = {  # dairy-free, few vegetables / nuts, skipped breakfasts
    "breakfast": [
        [("18406", 105)], [("18069", 60), ("01132", 100)], [("09003", 180)],
    ],
    "lunch": [
        [("20045", 250), ("22978", 150)], [("18069", 80), ("07081", 80)],
        [("20121", 250), ("06931", 70), ("05064", 100)], [("21107", 180), ("20045", 100)],
    ],
    "dinner": [
        [("20121", 300), ("05064", 150)], [("20045", 250), ("05098", 150)],
        [("18364", 70), ("05064", 150), ("20045", 150)], [("20121", 280), ("06931", 80)],
    ],
    "snack": [[("19047", 50)], [("09003", 180)], [("18069", 50)], [("19021", 40)]],
}
_RESTAURANT = [  # road meals: (notes, kcal, sodium, optional items)
    ("team dinner - Italian place, spaghetti w/ meat sauce", 1350, 2100, [("22401", 600)]),
    ("pregame meal at hotel: pasta, chicken, salad bar", 1100, 1400, None),
    ("airport - turkey sub", 620, 1350, [("21155", 320)]),
    ("postgame boxed meal (burrito)", 900, 1500, [("21060", 400)]),
    ("pizza in hotel after game", 1100, 2200, None),
]


def _nutrients(items):
    kcal = ca = mg = k = na = 0.0
    for ndb, g in items:
        f = _FOOD[ndb]
        kcal += f[1] * g / 100
        ca += f[2] * g / 100
        mg += f[3] * g / 100
        k += f[4] * g / 100
        na += f[5] * g / 100
    return kcal, ca, mg, k, na


# --------------------------------------------------------------------------------------------
# sport calendars: ((month, day) start, (month, day) end, phase)
# --------------------------------------------------------------------------------------------
_CAL = {
    "volleyball": [((1, 1), (1, 9), "break"), ((1, 10), (4, 20), "spring"),
                   ((4, 21), (5, 12), "offseason"), ((5, 13), (6, 5), "break"),
                   ((6, 6), (7, 26), "summer"), ((7, 27), (8, 3), "break"),
                   ((8, 4), (8, 22), "preseason"), ((8, 23), (11, 29), "season"),
                   ((11, 30), (12, 19), "postseason"), ((12, 20), (12, 31), "break")],
    "basketball": [((1, 1), (3, 8), "season"), ((3, 9), (3, 25), "postseason"),
                   ((3, 26), (4, 14), "break"), ((4, 15), (5, 9), "spring"),
                   ((5, 10), (6, 8), "break"), ((6, 9), (8, 4), "summer"),
                   ((8, 5), (8, 20), "break"), ((8, 21), (9, 25), "fall"),
                   ((9, 26), (11, 5), "preseason"), ((11, 6), (12, 31), "season")],
}


def _phase(sport: str, d: date) -> str:
    md = (d.month, d.day)
    for a, b, p in _CAL[sport]:
        if a <= md <= b:
            return p
    return "break"


_MUS = {
    "basketball": ["calf", "quadriceps", "hamstring", "glute"],
    "volleyball": ["calf", "quadriceps", "glute", "shoulder"],
    "lift_lower": ["quadriceps", "glute", "hamstring"],
    "lift_upper": ["chest", "shoulder", "upper_back", "triceps"],
    "lift_total": ["quadriceps", "glute", "hamstring", "shoulder", "upper_back"],
    "run": ["calf", "hamstring", "quadriceps"],
    "rehab": ["calf"],
    "yoga": ["hamstring", "hip_flexor", "lower_back"],
}


class _Ids:
    def __init__(self, rng: random.Random):
        self.tag = "%06x" % rng.getrandbits(24)
        self.n = 0

    def __call__(self, src: str) -> str:
        self.n += 1
        return f"{src}-{self.tag}-{self.n:05d}"


def _u(rng, a, b):
    return a + (b - a) * rng.random()


def _clamp(x, a, b):
    return a if x < a else b if x > b else x


# --------------------------------------------------------------------------------------------
# the generator proper
# --------------------------------------------------------------------------------------------
class _Gen:
    def __init__(self, cause, rng: random.Random, attempt: int):
        self.cause = cause
        self.rng = rng
        self.attempt = attempt

    # ---------------- persona ----------------
    def persona(self):
        r, c = self.rng, self.cause
        p = {}
        p["sport"] = r.choice(["basketball", "volleyball"])
        p["sex"] = "female" if r.random() < 0.62 else "male"
        if p["sport"] == "volleyball":
            p["height"] = round(_u(r, 175, 193) if p["sex"] == "female" else _u(r, 188, 206), 1)
        else:
            p["height"] = round(_u(r, 173, 196) if p["sex"] == "female" else _u(r, 185, 213), 1)
        bmi = _u(r, 20.5, 24.5) if p["sex"] == "female" else _u(r, 21.5, 25.5)
        p["mass"] = round(bmi * (p["height"] / 100) ** 2, 1)
        heat_homes = [h for h in _HOMES if max(h["hi"]) >= 31]
        p["home"] = r.choice(heat_homes if c == "heat" else _HOMES)
        p["hometown"] = r.choice(_HOMES)
        p["aux_hot"] = True if c == "heat" else (r.random() < 0.55)
        # sweating / drinking
        p["sweat_base"] = _u(r, 0.75, 1.15) * (1.1 if p["sex"] == "male" else 1.0)
        p["na_mmol"] = _u(r, 22, 52) if r.random() > 0.15 else _u(r, 55, 72)
        p["f_mu"] = _u(r, 0.4, 0.8) if r.random() > 0.2 else _u(r, 0.25, 0.4)
        p["p_sd"] = _u(r, 0.25, 0.6)
        p["weigh_boost"] = 0.0
        if c == "dehydration":
            p["f_mu"] = _u(r, 0.15, 0.33)
            p["weigh_boost"] = 0.25
        if c == "electrolyte_loss":
            p["na_mmol"] = _u(r, 58, 75)
            p["sweat_base"] = _u(r, 1.2, 1.6)
            p["f_mu"] = _u(r, 0.85, 1.0)
            p["p_sd"] = _u(r, 0.1, 0.2)
        # sleep
        p["sleep_h"] = _u(r, 7.3, 8.4)
        p["bed_h"] = _u(r, 22.6, 23.8)
        p["bad_p"] = _u(r, 0.03, 0.08) if c != "sleep_debt" else _u(r, 0.10, 0.15)
        p["wear_p"] = _u(r, 0.83, 0.95)
        # logging habits
        p["meal_p"] = _u(r, 0.5, 0.8)
        p["appetite"] = (_u(r, 0.72, 0.85) if p["sex"] == "female" else _u(r, 0.85, 1.0))
        p["home_scale"] = r.random() < 0.4
        p["coffee"] = r.random() < 0.45
        p["multi"] = r.random() < 0.5 or c == "nutrient_deficiency"
        p["iron"] = p["sex"] == "female" and r.random() < 0.35
        p["creatine"] = r.random() < 0.3
        p["vitd"] = r.random() < 0.4
        p["salt_tabs"] = r.random() < 0.15 and c != "electrolyte_loss"
        p["position"] = r.choice(
            ["guard", "wing", "forward", "post"] if p["sport"] == "basketball"
            else ["outside hitter", "middle blocker", "setter", "opposite", "libero"])
        p["jersey"] = r.randint(0, 33)
        self.p = p

    # ---------------- calendar ----------------
    def calendar(self):
        r, c = self.rng, self.cause
        year = r.choice([2023, 2024, 2025])
        if c == "heat":
            start = date(year, 4, 20) + timedelta(days=r.randint(0, 80))
            length = r.randint(150, 365)
        elif c in ("training_load_spike", "muscle_fatigue", "sleep_debt", "dehydration",
                   "electrolyte_loss"):
            start = date(year, 1, 1) + timedelta(days=r.randint(0, 364))
            length = r.randint(140, 365)
        else:
            start = date(year, 1, 1) + timedelta(days=r.randint(0, 364))
            length = r.randint(100, 365)
        if self.attempt >= 3:  # later attempts: lengthen to gather enough exposure
            length = min(365, length + 40 * (self.attempt - 2))
        self.start_date = start
        self.n = length
        self.dates = [start + timedelta(days=i) for i in range(length)]
        sport = self.p["sport"]
        self.phases = [_phase(sport, d) for d in self.dates]
        # home daily weather anomaly (AR1)
        an, w = 0.0, []
        for i in range(length):
            an = 0.7 * an + r.gauss(0, 1.8)
            w.append(an)
        # occasional heat wave
        if r.random() < 0.6:
            i0 = r.randrange(length)
            for i in range(i0, min(length, i0 + r.randint(3, 7))):
                w[i] += _u(r, 2.5, 4.5)
        self.anom = w

    def hi(self, i):
        return _clim(self.p["home"], self.dates[i], "hi") + self.anom[i]

    def rh(self, i):
        return _clim(self.p["home"], self.dates[i], "rh")

    # ---------------- schedule ----------------
    def schedule(self):
        r, p = self.rng, self.p
        sport = p["sport"]
        n = self.n
        self.loc = ["home"] * n          # tz key per day via self.tz_of
        self.venue_name = [None] * n
        self.venue_hot = [False] * n
        self.day_sessions = [[] for _ in range(n)]
        self.late_return = [False] * n   # same-night travel home after an away game
        self.early_travel = [False] * n  # early flight/bus the next morning
        self.evening_game = [False] * n
        self.holiday = [False] * n
        self.post_over = [False] * n
        self.sessions = []
        home_tz = p["home"]["tz"]
        self.tzs = [home_tz] * n

        # hometown during breaks
        for i in range(n):
            if self.phases[i] == "break":
                self.tzs[i] = p["hometown"]["tz"]
                self.loc[i] = "hometown"

        # injury lay-offs
        self.layoff = [False] * n
        k = 0
        u = r.random()
        nlay = 2 if u < 0.18 else 1 if u < 0.6 else 0
        if self.cause == "training_load_spike" and nlay == 0:
            nlay = 1
        tries = 0
        while k < nlay and tries < 50:
            tries += 1
            i0 = r.randint(20, max(21, n - 30))
            L = r.randint(9, 21)
            if any(self.phases[j] == "break" for j in range(i0, min(n, i0 + L))):
                continue
            if any(self.layoff[max(0, i0 - 30):min(n, i0 + L + 30)]):
                continue
            for j in range(i0, min(n, i0 + L)):
                self.layoff[j] = True
            k += 1
        self.layoff_starts = [i for i in range(n) if self.layoff[i] and (i == 0 or not self.layoff[i - 1])]

        # competition events per day
        ev = [[] for _ in range(n)]   # (local hour float, kind, dur, rpe, notes)
        trips = []                     # (first_day, last_day, venue_name, tz, hot)

        def add_trip(a, b, hot_p=0.03, exotic=None):
            a = max(0, a)
            b = min(n - 1, b)
            if a > b:
                return
            if exotic:
                name, tz, hp = exotic
            else:
                name, tz = r.choice(_AWAY)
                hp = hot_p
            hot = r.random() < hp
            trips.append((a, b, name, tz, hot))

        i = 0
        week_cache = {}
        while i < n:
            d = self.dates[i]
            ph = self.phases[i]
            monday = d - timedelta(days=d.weekday())
            if ph == "season" and sport == "basketball":
                if monday not in week_cache:
                    pat = r.choice([(2, 5), (3, 6), (1, 5), (2, 6), (2, 5)])
                    thanks = _nth_thursday(monday.year, 11, 4)
                    if monday <= thanks < monday + timedelta(days=7):
                        week_cache[monday] = ("thanks", None)
                    elif monday.month == 12 and 20 <= (monday + timedelta(days=3)).day <= 28:
                        week_cache[monday] = ("xmas", (1,))
                    else:
                        week_cache[monday] = ("reg", pat)
                kind, pat = week_cache[monday]
                if d == monday or i == 0:
                    self._bb_week(i - (d - monday).days, kind, pat, ev, add_trip)
            if ph == "season" and sport == "volleyball":
                if d == monday or i == 0:
                    self._vb_week(i, monday, ev, add_trip)
            if ph == "postseason" and (i == 0 or self.phases[i - 1] != "postseason"):
                self._post(i, ev, add_trip)
            if ph == "spring" and sport == "volleyball" and d.weekday() == 5 and d.month in (3, 4) \
                    and r.random() < 0.35:
                for h in (9.0, 11.0, 14.0, 16.0):
                    ev[i].append((h, "match", r.randint(60, 80), _u(r, 6, 7.5),
                                  "spring tournament vs " + r.choice(_OPP)))
                if r.random() < 0.5:
                    add_trip(i, i)
            i += 1

        # apply trips
        for a, b, name, tz, hot in trips:
            for j in range(a, b + 1):
                if self.phases[j] == "break":
                    continue
                self.tzs[j] = tz
                self.loc[j] = "away"
                self.venue_name[j] = name
                self.venue_hot[j] = hot
            # return: late same night or early next morning
            last = b
            if last + 1 < n:
                if ev[last] and max(e[0] for e in ev[last]) >= 18 and r.random() < 0.45:
                    self.late_return[last] = True
            if a - 1 >= 0 and r.random() < 0.45:
                self.early_travel[a - 1] = True

        # day-by-day sessions
        for i in range(n):
            self._day_sessions(i, ev[i])

    def _bb_week(self, i, kind, pat, ev, add_trip):
        r = self.rng
        n = self.n
        if kind == "thanks":
            # tournament Wed-Fri at an exotic venue, travel Monday, home Saturday
            ex = r.choice(_EXOTIC)
            tname = {"BS": "Battle 4 Atlantis", "PR": "Puerto Rico Tip-Off",
                     "HI": "Maui/Diamond Head Classic", "PT": "Vegas Showdown"}[ex[1]]
            for k in (2, 3, 4):
                if 0 <= i + k < n:
                    ev[i + k].append((r.choice([12.0, 14.5, 17.0, 19.5]), "game",
                                      r.randint(115, 135), _u(r, 7, 9),
                                      f"{tname} vs " + r.choice(_OPP)))
            add_trip(i, i + 5, exotic=ex)
            return
        for k in pat:
            j = i + k
            if j >= n or j < 0:
                continue
            dd = self.dates[j]
            if dd.month == 12 and 23 <= dd.day <= 26:
                continue
            hour = 19.0 if dd.weekday() < 5 else r.choice([13.0, 14.0, 16.0, 18.0])
            ot = r.random() < 0.1
            away = r.random() < 0.5
            dur = r.randint(115, 130) + (15 if ot else 0)
            rpe = _u(r, 7, 8.8) + (0.6 if ot else 0)
            opp = r.choice(_OPP)
            note = ("@ " if away else "vs ") + opp + (" (OT)" if ot else "")
            ev[j].append((hour, "game", dur, min(rpe, 10), note))
            if away:
                add_trip(j - 1, j)
        for j in range(max(0, i), min(n, i + 7)):
            dd = self.dates[j]
            if dd.month == 12 and 23 <= dd.day <= 26:
                self.holiday[j] = True
                self.tzs[j] = self.p["hometown"]["tz"]
                self.loc[j] = "hometown"

    def _vb_week(self, i, monday, ev, add_trip):
        r = self.rng
        n = self.n
        off = (self.dates[i] - monday).days  # 0 unless the journal starts mid-week

        def day(k):
            j = i + k - off
            return j if 0 <= j < n and self.phases[j] == "season" else None

        if monday < date(monday.year, 9, 22):
            away = r.random() < 0.6
            tname = r.choice(["Invitational", "Classic", "Challenge", "Shootout"])
            jf, js = day(4), day(5)
            if jf is not None:
                ev[jf].append((12.0, "match", r.randint(85, 140), _u(r, 6.5, 8.3),
                               f"{tname} vs " + r.choice(_OPP)))
                ev[jf].append((19.0, "match", r.randint(85, 140), _u(r, 6.5, 8.3),
                               f"{tname} vs " + r.choice(_OPP)))
            if js is not None:
                ev[js].append((13.0, "match", r.randint(85, 140), _u(r, 6.5, 8.3),
                               f"{tname} vs " + r.choice(_OPP)))
            if away and jf is not None:
                add_trip(jf - 1, js if js is not None else jf)
        else:
            pat = (4, 5) if r.random() < 0.6 else (2, 5)
            away = r.random() < 0.5
            js = [day(k) for k in pat]
            for j in js:
                if j is None:
                    continue
                if pat == (2, 5):
                    away = r.random() < 0.5
                    if away:
                        add_trip(j - 1, j)
                sets = r.choice([3, 3, 4, 4, 5])
                dur = {3: 95, 4: 120, 5: 145}[sets] + r.randint(-8, 10)
                rpe = _u(r, 6.5, 8.2) + (0.6 if sets == 5 else 0)
                h = 19.0 if self.dates[j].weekday() < 5 else r.choice([13.0, 15.0, 19.0])
                ev[j].append((h, "match", dur, min(rpe, 10),
                              ("@ " if away else "vs ") + r.choice(_OPP) + f" ({sets} sets)"))
            if pat == (4, 5) and away and js[0] is not None:
                add_trip(js[0] - 1, js[-1] if js[-1] is not None else js[0])

    def _post(self, i, ev, add_trip):
        r = self.rng
        n = self.n
        sport = self.p["sport"]
        if sport == "basketball":
            ngames = r.randint(1, 4)
            a = i + 3
            for k in range(ngames):
                if a + k < n:
                    ev[a + k].append((r.choice([12.0, 14.5, 18.5, 21.0]), "game",
                                      r.randint(115, 130), _u(r, 7.5, 9.2),
                                      "conf. tournament vs " + r.choice(_OPP)))
            add_trip(a - 1, a + ngames - 1)
            if ngames == 4 or r.random() < 0.3:
                b = i + 11
                for k in (0, 2):
                    if b + k < n and self.phases[b + k] == "postseason":
                        ev[b + k].append((r.choice([12.5, 15.0, 19.5]), "game", r.randint(115, 130),
                                          _u(r, 8, 9.5), "NCAA tournament vs " + r.choice(_OPP)))
                add_trip(b - 1, b + 2)
            # after elimination: no team sessions
            self._mark_post_over(i, (i + 14) if (ngames == 4) else (a + ngames + 2))
        else:
            made = r.random() < 0.5
            if made:
                a = i + 5
                for k in (0, 1):
                    if a + k < n:
                        ev[a + k].append((19.0, "match", r.randint(90, 145), _u(r, 7, 8.8),
                                          "NCAA tournament vs " + r.choice(_OPP)))
                add_trip(a - 1, a + 1)
                self._mark_post_over(i, a + 4)
            else:
                self._mark_post_over(i, i)

    def _mark_post_over(self, i, j):
        k = max(i, j)
        while k < self.n and self.phases[k] == "postseason":
            self.post_over[k] = True
            k += 1

    def _venue_temp(self, i, venue, hour):
        r, p = self.rng, self.p
        d = self.dates[i]
        if venue == "outdoor":
            hi = self.hi(i) if self.loc[i] == "home" else (
                _clim(p["hometown"], d, "hi") + self.anom[i])
            rh = self.rh(i) if self.loc[i] == "home" else _clim(p["hometown"], d, "rh")
            if hour < 8.5:
                t, h = hi - _u(r, 8, 10), rh + 22
            elif hour < 11:
                t, h = hi - _u(r, 4, 6), rh + 10
            elif hour < 18:
                t, h = hi - _u(r, 0, 1.5), rh
            else:
                t, h = hi - _u(r, 2.5, 4.5), rh + 8
            return t, _clamp(h + r.gauss(0, 5), 8, 98)
        if venue == "aux":
            hi = self.hi(i)
            if p["aux_hot"] and hi >= 25 and d.month in (5, 6, 7, 8, 9, 10):
                t = hi - _u(r, 1.5, 4.0) - (2.0 if hour < 10 else 0)
                return max(t, 21.0), _clamp(self.rh(i) + r.gauss(0, 6), 15, 90)
            return _u(r, 19.5, 23.0), _u(r, 30, 50)
        if venue == "away":
            if self.venue_hot[i]:
                return _u(r, 26.5, 30.5), _u(r, 60, 78)
            return _u(r, 19.5, 23.5), _u(r, 30, 55)
        if venue == "weight":
            return _u(r, 18.5, 21.5), _u(r, 30, 50)
        return _u(r, 19.0, 22.5), _u(r, 30, 50)   # arena / training room

    def _add(self, i, hour, dur, act, kind, rpe, venue, mus, note):
        r = self.rng
        tz = self.tzs[i]
        d = self.dates[i]
        hh = int(hour)
        mm = int(round((hour - hh) * 60 / 5.0)) * 5
        if mm == 60:
            hh, mm = hh + 1, 0
        local = datetime(d.year, d.month, d.day, hh, mm)
        if self.loc[i] == "away" and venue not in ("outdoor",):
            venue = "away"
        t, h = self._venue_temp(i, venue, hour)
        s = dict(i=i, start=_to_utc(local, tz), dur=int(dur), act=act, kind=kind,
                 rpe=round(_clamp(rpe, 0.5, 10), 1), venue=venue, temp=t, hum=h, mus=mus,
                 note=note, tz=tz)
        s["end"] = s["start"] + timedelta(minutes=s["dur"])
        self.day_sessions[i].append(s)
        self.sessions.append(s)
        return s

    def _day_sessions(self, i, evs):
        r, p = self.rng, self.p
        sport = p["sport"]
        ph = self.phases[i]
        d = self.dates[i]
        wd = d.weekday()
        team = _MUS[sport]
        gym = "aux" if (sport == "volleyball" or r.random() < 0.35) else "arena"
        if self.holiday[i]:
            if r.random() < 0.3:
                self._add(i, _u(r, 9, 11), r.randint(25, 40), "running", "cond", _u(r, 4, 6),
                          "outdoor", _MUS["run"], "holiday run on my own")
            return
        if self.layoff[i]:
            k = i - max(j for j in self.layoff_starts if j <= i)
            if wd != 6:
                self._add(i, _u(r, 10, 15), r.randint(30, 45), "other", "rehab", _u(r, 2, 3.5),
                          "training", _MUS["rehab"], "rehab - R ankle sprain")
                if k >= 5 and r.random() < 0.6:
                    self._add(i, _u(r, 15.5, 16.5), r.randint(20, 30), "cycling", "rehab",
                              _u(r, 3.5, 5), "training", ["quadriceps"], "bike - injured list")
            return
        if ph == "break" or (ph == "postseason" and self.post_over[i] and not evs):
            if r.random() < (0.25 if ph == "break" else 0.35):
                act = r.choice(["running", "running", "cycling", "hiit"])
                self._add(i, r.choice([8.5, 10.0, 17.5, 18.5]), r.randint(25, 50), act, "cond",
                          _u(r, 4, 6.5), "outdoor" if act == "running" else "weight",
                          _MUS["run"], "on my own")
            return
        if evs:
            evs = sorted(evs)
            first = evs[0][0]
            if len(evs) == 1 and first >= 17:
                if sport == "basketball":
                    self._add(i, first - 8.5, r.randint(40, 55), "team_sport", "shoot",
                              _u(r, 2.5, 4), "arena", team, "shootaround")
                else:
                    self._add(i, first - 8.0, r.randint(40, 60), "team_sport", "shoot",
                              _u(r, 3, 4.5), "arena", team, "serve & pass / walkthrough")
            for h, kind, dur, rpe, note in evs:
                s = self._add(i, h - 0.5, dur + 30, "team_sport", kind, rpe, "arena", team, note)
                if h >= 17:
                    self.evening_game[i] = True
            return
        # the day before an away event: light practice at the venue in the evening
        if self.loc[i] == "away":
            self._add(i, _u(r, 17, 18.5), r.randint(55, 75), "team_sport", "practice",
                      _u(r, 3.5, 5), "away", team,
                      r.choice(["practice at visiting gym", "road practice", "light practice on site"]))
            return
        # day after competition = day off (one day off per week) with some probability
        prev_game = i > 0 and any(s["kind"] in ("game", "match") for s in self.day_sessions[i - 1])
        if ph in ("season", "postseason"):
            if wd == 6 or (prev_game and r.random() < 0.6):
                if r.random() < 0.25:
                    self._add(i, 11.0, r.randint(25, 35), r.choice(["yoga", "swimming"]),
                              "recovery", _u(r, 1.5, 3), "training", _MUS["yoga"],
                              "recovery - pool/flush")
                return
            ext = r.random() < 0.09
            dur = r.randint(100, 135) if not ext else r.randint(160, 185)
            rpe = _u(r, 5.2, 7.2) if not ext else _u(r, 7.8, 9)
            hour = 15.5 if sport == "basketball" else 14.5
            self._add(i, hour, dur, "team_sport", "practice", rpe, gym, team,
                      "practice" + (" - coach kept us late" if ext else ""))
            if wd in (0, 3) or (wd == 2 and r.random() < 0.3):
                self._add(i, 7.0, r.randint(40, 50), "strength", "lift", _u(r, 5, 6.5), "weight",
                          _MUS["lift_total"], "in-season lift")
            return
        if ph == "preseason":
            if wd == 6:
                return
            if sport == "volleyball":
                ext = r.random() < 0.1
                self._add(i, 8.5, r.randint(140, 160) + (25 if ext else 0), "team_sport",
                          "practice", _u(r, 6.3, 8) + (0.5 if ext else 0), gym, team,
                          "preseason AM practice")
                if wd < 5:
                    self._add(i, 15.0, r.randint(110, 130), "team_sport", "practice",
                              _u(r, 5.8, 7.5), gym, team, "preseason PM practice")
                if wd in (1, 3):
                    self._add(i, 12.0, r.randint(40, 50), "strength", "lift", _u(r, 5, 6.5),
                              "weight", _MUS["lift_lower"], "lift")
            else:
                ext = r.random() < 0.1
                if wd == 5 and r.random() < 0.5:
                    self._add(i, 10.0, r.randint(120, 140), "team_sport", "scrimmage",
                              _u(r, 7, 8.5), "arena", team, "closed scrimmage")
                else:
                    self._add(i, 15.0, r.randint(135, 160) + (25 if ext else 0), "team_sport",
                              "practice", _u(r, 6, 7.6) + (0.6 if ext else 0), gym, team,
                              "preseason practice" + (" (long one)" if ext else ""))
                if wd in (0, 2, 4):
                    self._add(i, 7.0, r.randint(45, 55), "strength", "lift", _u(r, 5.5, 7),
                              "weight", r.choice([_MUS["lift_lower"], _MUS["lift_upper"]]), "lift")
            return
        if ph == "summer":
            if wd >= 5:
                return
            if wd in (0, 1, 3, 4):
                self._add(i, 6.5 if r.random() < 0.7 else 11.0, r.randint(55, 65), "strength",
                          "lift", _u(r, 5.5, 7), "weight",
                          r.choice([_MUS["lift_lower"], _MUS["lift_upper"], _MUS["lift_total"]]),
                          "summer lift")
            if wd in (0, 2, 4):
                hour = 7.5 if r.random() < 0.55 else 15.5
                act = r.choice(["running", "hiit", "running"])
                self._add(i, hour, r.randint(35, 55), act, "cond", _u(r, 6, 8.3), "outdoor",
                          _MUS["run"], r.choice(["conditioning - track 300s", "conditioning - "
                                                 "sprints", "conditioning - stadium stairs"]))
            if wd in (1, 3):
                self._add(i, 16.0, r.randint(70, 95), "team_sport", "skill", _u(r, 4.5, 6.3),
                          "aux", team, "open gym / skill work")
            return
        if ph in ("fall", "spring", "offseason"):
            if wd >= 5:
                return
            if ph == "spring" and sport == "volleyball":
                if wd < 4:
                    ext = r.random() < 0.07
                    self._add(i, 14.5, r.randint(105, 125) + (35 if ext else 0), "team_sport",
                              "practice", _u(r, 5.3, 7) + (1.2 if ext else 0), gym, team,
                              "spring practice")
                if wd in (1, 3, 4):
                    self._add(i, 7.0, r.randint(45, 55), "strength", "lift", _u(r, 5.5, 7),
                              "weight", _MUS["lift_total"], "lift")
                return
            if wd in (0, 1, 2, 3):
                self._add(i, r.choice([10.0, 13.0, 15.0]), r.randint(55, 70), "team_sport",
                          "skill", _u(r, 4.5, 6.2), gym, team, "individual skill workout")
            if wd in (0, 2, 4):
                self._add(i, 7.0, r.randint(50, 60), "strength", "lift", _u(r, 5.5, 7), "weight",
                          r.choice([_MUS["lift_lower"], _MUS["lift_upper"]]), "lift")
            if wd in (1, 4) and r.random() < 0.8:
                self._add(i, 6.5, r.randint(35, 50), r.choice(["running", "hiit"]), "cond",
                          _u(r, 6, 8), "outdoor", _MUS["run"], "conditioning")
            return

    # ---------------- physiology / logging of sessions ----------------
    def physiology(self):
        r, p = self.rng, self.p
        base_mass = p["mass"]
        drift = 0.0
        self.mass_day = []
        for i in range(self.n):
            drift = 0.97 * drift + r.gauss(0, 0.18)
            m = base_mass + drift
            if self.cause == "nutrient_deficiency" and i >= self.def_start:
                m -= min(2.0, 0.03 * (i - self.def_start))
            self.mass_day.append(m)
        na_mg_l = p["na_mmol"] * 23.0
        for s in self.sessions:
            i = s["i"]
            inten = (max(s["rpe"], 1.5) / 6.0) ** 0.8
            heat = 1.0 + 0.04 * max(0.0, s["temp"] - 20.0)
            hum = 1.0 + 0.004 * (s["hum"] - 50.0)
            rate = p["sweat_base"] * inten * heat * hum * math.exp(r.gauss(0, 0.12))
            rate = min(rate, 2.4)
            if s["act"] in ("strength", "yoga", "swimming", "other"):
                rate *= 0.45
            sweat = rate * s["dur"] / 60.0
            f = r.gauss(p["f_mu"], 0.13)
            if s["temp"] >= 27:
                f += 0.1
            f = _clamp(f, 0.0, 1.35)
            intake = max(0.0, f * sweat)
            if s["act"] in ("strength", "yoga", "other", "cycling") and r.random() < 0.4:
                intake = 0.0
            # drink type
            game = s["kind"] in ("game", "match")
            psd = p["p_sd"] + (0.35 if game else 0.0)
            if self.cause == "electrolyte_loss":
                psd = p["p_sd"] + (0.2 if game else 0.0)
            if r.random() < psd:
                drink = "sports_drink" if r.random() < 0.85 else "electrolyte_drink"
            else:
                drink = "water"
            s.update(sweat=sweat, intake=intake, drink=drink)
            mix = drink == "water" and r.random() < 0.15 and intake > 0.6  # a cup of Gatorade too
            s["mix"] = mix
            na_in = intake * {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000}[drink]
            if mix:
                na_in += 0.35 * 460
            s["salt_tab"] = p["salt_tabs"] and s["temp"] >= 26 and r.random() < 0.6
            if s["salt_tab"]:
                na_in += 430
            s["na_loss"] = sweat * na_mg_l
            s["na_in"] = na_in
            # logging decisions
            hot = s["temp"] >= 26
            if s["act"] in ("team_sport", "running", "hiit") and s["kind"] not in ("shoot", "recovery"):
                ph = self.phases[i]
                if ph in ("summer", "preseason") or hot:
                    wp = 0.65
                elif game:
                    wp = 0.15
                else:
                    wp = 0.25
                wp = min(0.9, wp + p["weigh_boost"])
                if self.loc[i] != "home":
                    wp *= 0.3
            else:
                wp = 0.0
            s["weigh"] = r.random() < wp
            s["fluid_log"] = s["weigh"] or r.random() < (0.55 if s["act"] != "strength" else 0.2)
            pre = self.mass_day[i] + _u(r, 0.3, 1.0)
            loss = sweat - intake
            post = pre - loss
            s["pre_true"], s["post_true"] = pre, post
            # what the scale will say (team scale in lb, 0.2 lb resolution)
            if s["weigh"]:
                lb = r.random() < 0.8
                if lb:
                    pre_v = round(pre / 0.45359237 / 0.2) * 0.2 + r.gauss(0, 0.15)
                    post_v = round(post / 0.45359237 / 0.2) * 0.2 + r.gauss(0, 0.15)
                    pre_v, post_v = round(pre_v, 1), round(post_v, 1)
                    s["pre_log"] = f"{pre_v:.1f} lb"
                    s["post_log"] = f"{post_v:.1f} lb"
                    s["pre_kg"] = pre_v * 0.45359237
                    s["post_kg"] = post_v * 0.45359237
                else:
                    pre_v = round(pre + r.gauss(0, 0.07), 1)
                    post_v = round(post + r.gauss(0, 0.07), 1)
                    s["pre_log"], s["post_log"] = pre_v, post_v
                    s["pre_kg"], s["post_kg"] = pre_v, post_v
                s["loss_pct"] = 100.0 * (s["pre_kg"] - s["post_kg"]) / s["pre_kg"]
            # other fields logged
            s["rpe_log"] = r.random() < (0.86 if s["kind"] not in ("rehab",) else 0.6)
            s["hr_log"] = r.random() < (0.8 if s["act"] == "team_sport" else 0.45)
            tl = {"outdoor": 0.92, "aux": 0.9 if s["temp"] >= 26 else 0.45, "arena": 0.35,
                  "away": 0.8 if self.venue_hot[i] else 0.3, "weight": 0.12, "training": 0.1}
            s["temp_log"] = r.random() < tl.get(s["venue"], 0.3)
            s["hum_log"] = s["temp_log"] and r.random() < (0.8 if s["temp"] >= 25 else 0.55)
            s["mus_log"] = r.random() < 0.7
            s["hr"] = int(_clamp(92 + 9.5 * s["rpe"] + r.gauss(0, 7), 70, 200))
            # logged exposure values
            s["temp_v"] = None
            s["hum_v"] = None
            if s["temp_log"]:
                if r.random() < 0.5:
                    s["temp_v"] = f"{round(s['temp'] * 9 / 5 + 32)} degF"
                    s["temp_c_seen"] = (round(s["temp"] * 9 / 5 + 32) - 32) * 5 / 9
                else:
                    s["temp_v"] = round(s["temp"] * 2) / 2
                    s["temp_c_seen"] = s["temp_v"]
            if s["hum_log"]:
                s["hum_v"] = int(round(s["hum"]))

    # ---------------- sleep ----------------
    def sleep(self):
        r, p = self.rng, self.p
        n = self.n
        self.nights = []  # per night i (bed on day i): dict
        gap0 = r.randrange(n) if r.random() < 0.5 else -100
        gapL = r.randint(3, 9)
        exam = [((10, 9), (10, 16)), ((12, 7), (12, 15)), ((3, 3), (3, 9)), ((4, 28), (5, 7))]
        for i in range(n - 1):
            d = self.dates[i]
            tz = self.tzs[i]
            nxt = self.day_sessions[i + 1]
            first_next = min((_local(s["start"], s["tz"]) for s in nxt), default=None)
            bed = p["bed_h"] + r.gauss(0, 0.35)
            dur = p["sleep_h"] + r.gauss(0, 0.45)
            wk = d.weekday()
            if wk in (4, 5) and not (first_next and first_next.hour < 10):
                bed += _u(r, 0.3, 1.3)
                dur += _u(r, 0.2, 1.2)
            if self.phases[i] == "break" or self.holiday[i]:
                bed += _u(r, 0.3, 1.2)
                dur += _u(r, 0.0, 0.8)
            md = (d.month, d.day)
            if any(a <= md <= b for a, b in exam):
                dur -= _u(r, 0.3, 1.3)
            if self.evening_game[i]:
                bed += _u(r, 1.0, 2.0)
                dur -= _u(r, 0.6, 1.4)
            if r.random() < p["bad_p"]:
                dur -= _u(r, 1.6, 3.2)
            night_tz = tz
            if self.late_return[i]:
                night_tz = self.tzs[i + 1]
                bed = _u(r, 25.5, 27.2)  # 1:30-3:10 am
                dur = _u(r, 4.2, 6.4)
            if self.early_travel[i]:
                wake = _u(r, 4.6, 6.0) + 24
                dur = min(dur, wake - bed)
            # an early session next morning caps the wake time
            if first_next is not None:
                lim = first_next.hour + first_next.minute / 60.0 - 0.6 + 24
                if bed + dur > lim:
                    dur = max(3.5, lim - bed)
            # eastward jet lag
            if i > 0 and _TZ[self.tzs[i]][0] > _TZ[self.tzs[i - 1]][0] + 0.5:
                dur -= _u(r, 0.3, 1.2)
            dur = _clamp(dur, 3.0, 11.0)
            bh = int(bed) % 24
            bm = int((bed - int(bed)) * 60)
            base = datetime(d.year, d.month, d.day) + timedelta(days=1 if bed >= 24 else 0)
            bed_local = base.replace(hour=bh, minute=bm)
            bed_utc = _to_utc(bed_local, night_tz)
            wake_utc = bed_utc + timedelta(hours=dur)
            wake_tz = night_tz  # the wearable stamps the wake-up where the athlete slept
            rec = r.random() < p["wear_p"] and not (gap0 <= i < gap0 + gapL)
            manual = (not rec) and r.random() < 0.25
            q = int(_clamp(round(2.2 + (dur - 5.8) / 1.1 + r.gauss(0, 0.6)), 1, 5))
            self.nights.append(dict(i=i, bed=bed_utc, wake=wake_utc, dur=dur, tz=night_tz,
                                    wake_tz=wake_tz, rec=rec, manual=manual, q=q))
        recd = sorted(nt["dur"] for nt in self.nights if nt["rec"])
        self.sleep_median = recd[len(recd) // 2] if recd else p["sleep_h"]

    # ---------------- nutrition plan ----------------
    def plan_diet(self):
        r = self.rng
        n = self.n
        self.def_start = n + 10
        self.def_lag = 0
        if self.cause == "nutrient_deficiency":
            self.def_start = int(n * _u(r, 0.25, 0.40))
            self.def_lag = r.randint(14, 21)

    # ---------------- medications ----------------
    def plan_meds(self):
        r, p = self.rng, self.p
        n = self.n
        self.meds = []   # dict(name, start(date), end(date|None), notes)
        self.med_on = None
        if self.cause == "medication":
            opts = [("salmeterol", "Serevent Diskus 50 mcg BID - exercise-induced bronchospasm"),
                    ("fluticasone/salmeterol", "Advair Diskus 250/50 BID per team physician (EIB)"),
                    ("budesonide/formoterol", "Symbicort 160/4.5, 2 puffs BID (asthma)"),
                    ("albuterol", "scheduled 2 puffs 15 min before every practice/game (EIB)"),
                    ("naproxen", "500 mg BID for patellar tendinopathy, team physician")]
            name, note = r.choice(opts)
            s = int(n * _u(r, 0.35, 0.55))
            e = None
            if name == "naproxen":
                L = r.randint(42, 70)
                if s + L < n - 14:
                    e = s + L
            self.meds.append(dict(name=name, start=s, end=e, notes=note))
            self.med_on = (s, e if e is not None else n)
        # benign medicines
        if r.random() < 0.35:
            self.meds.append(dict(name=r.choice(["cetirizine", "loratadine"]), start=-r.randint(60, 900),
                                  end=None, notes="seasonal allergies, 10 mg daily"))
        if r.random() < 0.3:
            s = r.randrange(n)
            self.meds.append(dict(name=r.choice(["amoxicillin", "azithromycin"]), start=s,
                                  end=min(n - 1, s + r.choice([5, 7, 10])),
                                  notes="course for sinus infection / strep"))
        if r.random() < 0.2:
            self.meds.append(dict(name="benzoyl peroxide gel", start=-r.randint(30, 500), end=None,
                                  notes="topical, acne"))
        for s in getattr(self, "layoff_starts", []):
            if r.random() < 0.55:
                self.meds.append(dict(name="ibuprofen", start=s, end=min(n - 1, s + r.randint(4, 7)),
                                      notes="400 mg TID with food, ankle sprain"))

    # ---------------- exposures ----------------
    def acwr(self):
        n = self.n
        L = [0.0] * n
        for s in self.sessions:
            L[s["i"]] += s["dur"] * s["rpe"]
        ratio = [None] * n
        for i in range(27, n):
            a = sum(L[i - 6:i + 1])
            c = sum(L[i - 27:i + 1]) / 4.0
            ratio[i] = a / c if c > 0 else None
        self.loads = L
        self.ratio = ratio

    def exposed_units(self):
        c = self.cause
        S = [s for s in self.sessions]
        if c == "dehydration":
            return [s for s in S if s.get("weigh") and s["loss_pct"] >= 2.0]
        if c == "electrolyte_loss":
            out = []
            for s in S:
                if not s["fluid_log"] or s["act"] not in ("team_sport", "running", "hiit"):
                    continue
                if s["sweat"] >= 2.0 and s["na_loss"] >= 2500 and s["na_in"] < 0.25 * s["na_loss"]:
                    out.append(s)
            return out
        if c == "muscle_fatigue":
            pool = [s for s in S if s["act"] in ("team_sport", "running", "hiit")]
            loads = sorted(s["dur"] * s["rpe"] for s in pool)
            if not loads:
                return []
            thr = loads[int(0.88 * (len(loads) - 1))]
            return [s for s in pool if s["dur"] * s["rpe"] >= thr and s["rpe_log"]
                    and s["kind"] != "rehab"]
        if c == "training_load_spike":
            return [s for s in S if self.ratio[s["i"]] is not None and self.ratio[s["i"]] >= 1.5
                    and s["act"] in ("team_sport", "running", "hiit", "strength")
                    and s["kind"] not in ("rehab", "recovery")]
        if c == "heat":
            out = []
            for s in S:
                if s["temp_v"] is None:
                    continue
                t = s["temp_c_seen"]
                h = s["hum_v"]
                if t >= 28 or (t >= 26 and h is not None and h >= 60):
                    out.append(s)
            return out
        if c == "sleep_debt":
            thr = self.sleep_median - 1.5
            return [nt for nt in self.nights if nt["rec"] and nt["dur"] <= thr]
        return []

    # ---------------- episodes ----------------
    def _in_session(self, t):
        for s in self.sessions:
            if s["start"] <= t < s["end"]:
                return s
        return None

    def _after_session(self, t):
        for s in self.sessions:
            if s["end"] <= t < s["end"] + timedelta(minutes=90):
                return s
        return None

    def _tz_at(self, t):
        # local tz of wherever the athlete is at instant t
        for nt in self.nights:
            if nt["bed"] <= t < nt["wake"]:
                return nt["tz"]
        idx = (t - _to_utc(datetime(self.start_date.year, self.start_date.month,
                                    self.start_date.day), self.p["home"]["tz"])).days
        idx = _clamp(idx, 0, self.n - 1)
        return self.tzs[idx]

    def _episode(self, t, kind, muscle, during, src, planted, sev=None):
        r = self.rng
        e = dict(t=t, kind=kind, muscle=muscle, during=during, src=src, planted=planted,
                 tz=self._tz_at(t))
        if kind == "spasm":
            e["dur_s"] = int(_clamp(r.lognormvariate(math.log(75), 0.7), 8, 900))
            e["pain"] = int(_clamp(round(r.gauss(6.5 if sev is None else sev, 1.3)), 2, 10))
        else:
            e["dur_s"] = int(_clamp(r.lognormvariate(math.log(40), 1.0), 2, 3600))
            e["pain"] = int(_clamp(round(abs(r.gauss(0.5, 0.8))), 0, 3))
        self.episodes.append(e)
        return e

    def _rand_time_awake(self, i):
        r = self.rng
        d = self.dates[i]
        h = _u(r, 8.0, 22.5)
        local = datetime(d.year, d.month, d.day, int(h), int((h % 1) * 60))
        return _to_utc(local, self.tzs[i])

    def _rand_rest_time(self, i):
        # a waking time away from any session and its 3-h aftermath (truly at rest)
        t = self._rand_time_awake(i)
        for _ in range(25):
            near = False
            for j in (i - 1, i, i + 1):
                if 0 <= j < self.n:
                    for s in self.day_sessions[j]:
                        if s["start"] - timedelta(minutes=15) <= t < s["end"] + timedelta(hours=3):
                            near = True
            if not near:
                return t
            t = self._rand_time_awake(i)
        return t

    def background(self):
        r, p = self.rng, self.p
        n = self.n
        weeks = n / 7.0
        self.episodes = []
        night_rate = _u(r, 0.08, 0.25)
        k_night = _poisson(r, night_rate * weeks)
        k_eye = _poisson(r, _u(r, 0.04, 0.09) * weeks)
        k_rest = _poisson(r, _u(r, 0.03, 0.07) * weeks)
        k_ex = _poisson(r, n / 150.0)
        total = k_night + k_eye * 2 + k_rest + k_ex
        while total < 6:
            k_night += 1
            total += 1
        for _ in range(k_night):
            nt = r.choice(self.nights)
            t = nt["bed"] + timedelta(hours=nt["dur"] * _u(r, 0.2, 0.9))
            mus = r.choices(["calf", "foot", "toes", "hamstring"], [70, 15, 7, 8])[0]
            e = self._episode(t, "spasm", mus, "sleep", "night", False)
            nt["q"] = max(1, nt["q"] - 1)
        for _ in range(k_eye):
            i = r.randrange(n)
            for j in range(r.randint(1, 3)):
                if i + j < n:
                    t = self._rand_rest_time(i + j)
                    self._episode(t, "twitch", "eyelid", None, "eyelid", False)
        for _ in range(k_rest):
            i = r.randrange(n)
            t = self._rand_rest_time(i)
            mus = r.choice(["calf", "quadriceps", "fingers", "forearm", "foot", "hand", "calf"])
            kind = "twitch" if mus in ("calf", "quadriceps", "forearm") and r.random() < 0.7 else "spasm"
            self._episode(t, kind, mus, None, "rest", False)
        team = [s for s in self.sessions if s["act"] != "other"]
        for _ in range(k_ex):
            if not team:
                break
            s = r.choice(team)
            t = s["start"] + timedelta(minutes=s["dur"] * _u(r, 0.08, 0.95))
            mus = r.choice((s["mus"] or ["calf"]) + ["foot", "calf"])
            if mus in ("chest", "upper_back", "triceps", "glute", "shoulder"):
                mus = r.choice(["calf", "foot", "hamstring"])
            self._episode(t, "spasm", mus, "exercise", "random_ex", False)

    def plant(self):
        r, c = self.rng, self.cause
        if c is None:
            return True
        n_target = r.randint(9, 20)
        legs = ["calf", "calf", "hamstring", "quadriceps"]
        if c in ("medication", "nutrient_deficiency"):
            if c == "medication":
                a, b = self.med_on
                a += r.randint(2, 7)
            else:
                a, b = self.def_start + self.def_lag, self.n
            if b - a < 35:
                return False
            cnt = 0
            while cnt < n_target:
                i = r.randrange(a, b)
                u = r.random()
                if c == "medication":
                    if u < 0.5:
                        nt = self.nights[min(i, len(self.nights) - 1)]
                        t = nt["bed"] + timedelta(hours=nt["dur"] * _u(r, 0.2, 0.9))
                        mus = r.choices(["calf", "foot", "hamstring", "toes"], [60, 20, 12, 8])[0]
                        self._episode(t, "spasm", mus, "sleep", "planted", True)
                        nt["q"] = max(1, nt["q"] - 1)
                    elif u < 0.8:
                        t = self._rand_time_awake(i)
                        mus = r.choices(["calf", "foot", "hamstring", "quadriceps"], [50, 20, 15, 15])[0]
                        self._episode(t, "spasm", mus, None, "planted", True)
                    elif u < 0.92:
                        ss = self.day_sessions[i]
                        if not ss:
                            continue
                        s = r.choice(ss)
                        t = s["start"] + timedelta(minutes=s["dur"] * _u(r, 0.1, 0.95))
                        self._episode(t, "spasm", r.choice(legs), "exercise", "planted", True)
                    else:
                        t = self._rand_time_awake(i)
                        self._episode(t, "twitch", r.choice(["calf", "quadriceps"]), None, "planted", True)
                else:
                    if u < 0.3:
                        nt = self.nights[min(i, len(self.nights) - 1)]
                        t = nt["bed"] + timedelta(hours=nt["dur"] * _u(r, 0.2, 0.9))
                        mus = r.choices(["calf", "foot", "toes"], [60, 25, 15])[0]
                        self._episode(t, "spasm", mus, "sleep", "planted", True)
                        nt["q"] = max(1, nt["q"] - 1)
                    elif u < 0.65:
                        t = self._rand_time_awake(i)
                        mus = r.choice(["eyelid", "calf", "quadriceps", "fingers", "eyelid"])
                        self._episode(t, "twitch", mus, None, "planted", True)
                    elif u < 0.85:
                        t = self._rand_time_awake(i)
                        mus = r.choice(["calf", "foot", "hand", "toes", "fingers"])
                        self._episode(t, "spasm", mus, None, "planted", True)
                    else:
                        ss = self.day_sessions[i]
                        if not ss:
                            continue
                        s = r.choice(ss)
                        t = s["start"] + timedelta(minutes=s["dur"] * _u(r, 0.1, 0.95))
                        self._episode(t, "spasm", r.choice(["calf", "foot", "hamstring"]),
                                      "exercise", "planted", True)
                cnt += 1
            self.n_exposed = b - a
            return True
        units = self.exposed_units()
        self.n_exposed = len(units)
        if len(units) < 18:
            return False
        n_units = min(n_target, len(units) // 2)
        if c == "electrolyte_loss":
            n_units = min(n_units, max(7, int(n_target * 0.8)))
        chosen = r.sample(units, n_units)
        count = 0
        for u in chosen:
            if c == "sleep_debt":
                nt = u
                i = nt["i"] + 1
                ss = [s for s in self.day_sessions[i] if s["start"] > nt["wake"]] if i < self.n else []
                x = r.random()
                if ss and x < 0.4:
                    s = r.choice(ss)
                    t = s["start"] + timedelta(minutes=s["dur"] * _u(r, 0.2, 0.95))
                    self._episode(t, "spasm", r.choice(legs), "exercise", "planted", True)
                elif x < 0.75:
                    t = nt["wake"] + timedelta(hours=_u(r, 0.5, 14))
                    self._episode(t, "twitch", r.choice(["eyelid", "eyelid", "calf", "quadriceps"]),
                                  None, "planted", True)
                else:
                    t = nt["wake"] + timedelta(hours=_u(r, 0.5, 14))
                    self._episode(t, "spasm", r.choice(["calf", "foot", "hamstring"]), None,
                                  "planted", True)
                count += 1
                continue
            s = u
            mus_pool = [m for m in (s["mus"] or []) if m in ("calf", "hamstring", "quadriceps",
                                                              "adductor", "foot")] or legs
            k = 1
            if c == "electrolyte_loss" and r.random() < 0.35 and count + 2 <= 20:
                k = 2
            if c == "electrolyte_loss":
                mus_pool = ["calf", "calf", "quadriceps", "hamstring", "hand", "abdomen", "adductor"]
            if c == "heat":
                mus_pool = mus_pool + ["calf", "abdomen", "forearm"]
            base = None
            for j in range(k):
                if base is None:
                    if r.random() < 0.72:
                        lo = 0.4 if c in ("heat", "training_load_spike") else 0.55
                        t = s["start"] + timedelta(minutes=s["dur"] * _u(r, lo, 0.98))
                        dur_tag = "exercise"
                    else:
                        t = s["end"] + timedelta(minutes=_u(r, 5, 150))
                        dur_tag = "after_exercise"
                    base = t
                else:
                    t = base + timedelta(minutes=_u(r, 2, 25))
                    dur_tag = "exercise" if t < s["end"] else "after_exercise"
                mus = r.choice(mus_pool)
                e = self._episode(t, "spasm", mus, dur_tag, "planted", True, sev=7.0)
                e["session"] = s
                count += 1
        return True

    # ---------------- emission ----------------
    def emit(self):
        r, p = self.rng, self.p
        ids = _Ids(r)
        out = []
        home = p["home"]
        yr = self.start_date.year
        notes = (f"{'W' if p['sex'] == 'female' else 'M'} {p['sport']} - {p['position']}, #{p['jersey']}. "
                 f"Entries by athletic training / strength staff via team app; sleep from team wearable.")
        if r.random() < (0.7 if self.cause == "electrolyte_loss" else 0.45):
            notes += f" Sweat patch test: {round(p['na_mmol'])} mmol/L sodium."
        out.append(dict(type="profile", id=ids("tmapp-profile"), sex=p["sex"],
                        birth_year=yr - r.randint(18, 22), body_mass_kg=p["mass"],
                        height_cm=p["height"], timezone=home["iana"], notes=notes))

        def day_tz(i):
            return self.tzs[i]

        def at(i, hour):
            d = self.dates[i]
            hh = int(hour) % 24
            mm = int(round((hour % 1) * 60))
            if mm >= 60:
                mm = 59
            return _to_utc(datetime(d.year, d.month, d.day, hh, mm), self.tzs[i])

        # workouts, weigh-ins, session fluids
        for s in self.sessions:
            w = dict(type="workout", id=ids("tmapp-wk"), time=_iso(s["start"], s["tz"]),
                     duration_min=s["dur"], activity=s["act"])
            if s["rpe_log"]:
                w["rpe"] = int(round(s["rpe"])) if r.random() < 0.85 else round(s["rpe"] * 2) / 2
            if s["hr_log"]:
                w["avg_hr"] = s["hr"]
            if s["act"] == "running" and r.random() < 0.7:
                w["distance_km"] = round(s["dur"] / 60 * _u(r, 5.5, 9.0), 2)
            if s["temp_v"] is not None:
                w["temperature_c"] = s["temp_v"]
            if s["hum_v"] is not None:
                w["humidity_pct"] = s["hum_v"]
            if s["mus_log"] and s["mus"]:
                w["muscle_groups"] = list(s["mus"])
            if s["act"] == "team_sport" and r.random() < 0.4:
                w["warm_up_min"] = r.choice([10, 15, 15, 20])
            if s["act"] == "team_sport" and r.random() < 0.25:
                w["cool_down_min"] = r.choice([5, 10, 10, 15])
            if s["note"] and r.random() < 0.85:
                w["notes"] = s["note"]
            out.append(w)
            if s.get("weigh"):
                tpre = s["start"] - timedelta(minutes=r.randint(8, 25))
                tpost = s["end"] + timedelta(minutes=r.randint(4, 18))
                out.append(dict(type="body_mass", id=ids("tmapp-bm"), time=_iso(tpre, s["tz"]),
                                kg=s["pre_log"], context="pre_workout"))
                out.append(dict(type="body_mass", id=ids("tmapp-bm"), time=_iso(tpost, s["tz"]),
                                kg=s["post_log"], context="post_workout"))
            if s["fluid_log"] and s["intake"] > 0.05:
                ml_total = s["intake"] * 1000
                drink = s["drink"]
                if r.random() < 0.3 and not s.get("weigh") and ml_total <= 4000:
                    f = dict(type="fluid", id=ids("tmapp-fl"),
                             time=_iso(s["end"] - timedelta(minutes=2), s["tz"]),
                             ml=int(round(ml_total / 10) * 10), drink=drink,
                             notes="session total")
                    out.append(f)
                else:
                    unit = 591.47 if drink == "water" else 355.0
                    k = max(1, int(round(ml_total / unit)))
                    for j in range(k):
                        tt = s["start"] + timedelta(minutes=int(s["dur"] * (j + 0.7) / (k + 0.3)))
                        if unit == 591.47 and r.random() < 0.6:
                            ml = "20 oz"
                        elif unit == 355.0 and r.random() < 0.6:
                            ml = "12 oz"
                        else:
                            ml = int(round(ml_total / k / 10) * 10)
                            if ml <= 0:
                                ml = 50
                        f = dict(type="fluid", id=ids("tmapp-fl"), time=_iso(tt, s["tz"]), ml=ml,
                                 drink=drink)
                        if drink == "electrolyte_drink" and r.random() < 0.5:
                            vol = ml if isinstance(ml, int) else 355.0
                            f["sodium_mg"] = int(round(vol / 473 * 500))
                            f["notes"] = "Liquid IV"
                        out.append(f)
                if s["mix"]:
                    out.append(dict(type="fluid", id=ids("tmapp-fl"),
                                    time=_iso(s["start"] + timedelta(minutes=s["dur"] // 2), s["tz"]),
                                    ml="12 oz", drink="sports_drink"))
            if s["salt_tab"]:
                out.append(dict(type="supplement", id=ids("tmapp-sup"),
                                time=_iso(s["start"] + timedelta(minutes=10), s["tz"]),
                                name="salt tablet (SaltStick)", sodium_mg=215 * 2,
                                notes="2 caps, heat protocol"))
            # recovery drink
            if s["kind"] in ("practice", "game", "match", "cond") and r.random() < 0.22:
                out.append(dict(type="fluid", id=ids("tmapp-fl"),
                                time=_iso(s["end"] + timedelta(minutes=r.randint(10, 30)), s["tz"]),
                                ml="16 oz", drink="milk", notes="chocolate milk - recovery"))

        # morning weights at home
        if p["home_scale"]:
            for i in range(self.n):
                if self.loc[i] == "home" and r.random() < 0.5:
                    t = at(i, _u(r, 6.3, 8.5))
                    out.append(dict(type="body_mass", id=ids("scale"), time=_iso(t, day_tz(i)),
                                    kg=round(self.mass_day[i] + r.gauss(0, 0.3), 1),
                                    context="morning"))

        # sleep
        for nt in self.nights:
            if nt["rec"]:
                out.append(dict(type="sleep", id=ids("wear-sleep"), time=_iso(nt["bed"], nt["tz"]),
                                end=_iso(nt["wake"], nt["wake_tz"]), quality=nt["q"]))
            elif nt["manual"]:
                t = nt["bed"] + timedelta(minutes=r.randint(-40, 40))
                out.append(dict(type="sleep", time=_iso(t, nt["tz"]),
                                hours=round(nt["dur"] * 2) / 2,
                                notes="wearable not worn - typed in"))

        # day fluids, meals, supplements
        for i in range(self.n):
            tz = day_tz(i)
            if p["coffee"] and r.random() < 0.6:
                out.append(dict(type="fluid", id=ids("self-fl"),
                                time=_iso(self._free(i, at(i, _u(r, 7, 10))), tz),
                                ml=r.choice(["12 oz", "16 oz", 350, 470]), drink="coffee"))
            for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
                out.append(dict(type="fluid", id=ids("self-fl"),
                                time=_iso(self._free(i, at(i, _u(r, 9, 21.5))), tz),
                                ml=r.choice(["24 oz", "32 oz", 500, 700, "16.9 oz"]), drink="water"))
            self._meals(i, out, ids, at)
            # supplements (ticked in the app)
            d_ok = r.random() < 0.65
            if d_ok:
                t = self._free(i, at(i, _u(r, 7.5, 9.5)))
                if p["multi"] and not (self.cause == "nutrient_deficiency" and i >= self.def_start):
                    out.append(dict(type="supplement", id=ids("tmapp-sup"), time=_iso(t, tz),
                                    name="multivitamin", magnesium_mg=50, calcium_mg=200,
                                    potassium_mg=80))
                if p["vitd"]:
                    out.append(dict(type="supplement", id=ids("tmapp-sup"), time=_iso(t, tz),
                                    name="vitamin D3 2000 IU"))
                if p["iron"]:
                    out.append(dict(type="supplement", id=ids("tmapp-sup"), time=_iso(t, tz),
                                    name="ferrous sulfate 325 mg"))
                if p["creatine"]:
                    out.append(dict(type="supplement", id=ids("tmapp-sup"), time=_iso(t, tz),
                                    name="creatine monohydrate 5 g"))

        # medications
        for m in self.meds:
            sd = self.start_date + timedelta(days=m["start"])
            o = dict(type="medication", id=ids("teamdoc-med"), name=m["name"], start=sd.isoformat())
            if m["end"] is not None:
                o["end"] = (self.start_date + timedelta(days=m["end"])).isoformat()
            if m.get("notes"):
                o["notes"] = m["notes"]
            out.append(o)

        # episodes
        self._ep_objs = []
        for e in sorted(self.episodes, key=lambda x: x["t"]):
            t = e["t"]
            during = e["during"]
            if during is None:
                if self._in_session(t):
                    during = "exercise"
                elif self._after_session(t):
                    during = "after_exercise"
                else:
                    during = "rest"
                    for nt in self.nights:
                        if nt["bed"] <= t < nt["wake"]:
                            during = "sleep"
                            break
            by_trainer = during == "exercise" and r.random() < 0.8
            t = t.replace(second=0, microsecond=0)
            if not by_trainer and during != "exercise":  # self-reported: rounded time
                step = 15 if during in ("rest", "after_exercise") else 30
                lt = _local(t, e["tz"])
                mins = (lt.hour * 60 + lt.minute) // step * step
                t = _to_utc(lt.replace(hour=mins // 60, minute=mins % 60, second=0), e["tz"])
            o = dict(type="episode", time=_iso(t, e["tz"]), kind=e["kind"], muscle=e["muscle"])
            if by_trainer or r.random() < 0.7:
                o["id"] = ids("tmapp-ep")
            if e["muscle"] != "abdomen" and r.random() < 0.85:
                o["side"] = r.choices(["left", "right", "both"], [45, 45, 10])[0]
            if r.random() < 0.85:
                o["duration_s"] = e["dur_s"]
            if r.random() < 0.9:
                o["pain"] = e["pain"]
            if during is not None and r.random() < 0.92:
                o["during"] = during
            if e["kind"] == "spasm":
                if r.random() < 0.85:
                    rel = ["stretching"]
                    if by_trainer:
                        rel += r.sample(["massage", "hydration", "pickle_juice", "cold"], r.randint(0, 2))
                    elif during == "sleep":
                        rel += r.sample(["walking_it_off", "massage"], r.randint(0, 1))
                    o["relief"] = rel
                    o["relieved"] = r.random() < 0.93
                if by_trainer and r.random() < 0.4:
                    o["flags"] = {"swelling": False, "weakness": False}
                if by_trainer and r.random() < 0.5:
                    o["notes"] = r.choice(["trainer stretched it out on the bench",
                                           "came out for a few minutes, went back in",
                                           "cramped late, sat out the rest of the drill",
                                           "locked up, worked it out on the sideline"])
                elif during == "sleep" and r.random() < 0.5:
                    o["notes"] = r.choice(["woke me up", "woke up with it around then",
                                           "charley horse in the night", "calf knotted up in bed"])
            else:
                if r.random() < 0.5:
                    o["notes"] = r.choice(["twitching on and off", "visible flicker, no pain",
                                           "annoying twitch all afternoon", "came and went"])
            out.append(o)
            self._ep_objs.append((o, e["planted"]))

        # a few sync duplicates (same id re-sent by the app)
        dups = [o for o in out if o["type"] in ("fluid", "meal") and "id" in o]
        for o in r.sample(dups, min(len(dups), r.randint(0, 3))):
            out.append(dict(o))
        r.shuffle(out)
        out.sort(key=lambda o: (o["type"] != "profile",))
        return out

    def _free(self, i, t):
        # push a self-logged time out of any session window (+/- a margin)
        for s in sorted(self.day_sessions[i], key=lambda x: x["start"]):
            if s["start"] - timedelta(minutes=20) <= t < s["end"] + timedelta(minutes=10):
                t = s["end"] + timedelta(minutes=self.rng.randint(15, 45))
        return t

    def _meals(self, i, out, ids, at):
        r, p = self.rng, self.p
        tz = self.tzs[i]
        away = self.loc[i] == "away"
        if r.random() > (p["meal_p"] * (0.6 if away else 1.0)):
            return
        deficient = self.cause == "nutrient_deficiency" and i >= self.def_start
        book = _RESTRICTED if deficient else _NORMAL
        partial = r.random() < 0.1
        slots = [("breakfast", _u(r, 7.0, 9.0)), ("lunch", _u(r, 11.8, 13.3)),
                 ("dinner", _u(r, 18.0, 19.8)), ("snack", _u(r, 15.0, 16.2))]
        if r.random() < 0.6:
            slots.append(("snack", _u(r, 20.5, 21.8)))
        if deficient and r.random() < 0.5:
            slots = [x for x in slots if x[0] != "breakfast"]
        if partial:
            slots = [x for x in slots if x[0] in ("lunch", "dinner")][: r.randint(1, 2)]
        if self.evening_game[i]:
            slots = [(k, h if k != "dinner" else _u(r, 15.0, 15.8)) for k, h in slots]
            slots.append(("snack", _u(r, 21.8, 22.6)))
        for kind, h in slots:
            t = self._free(i, at(i, h))
            ttz = tz
            if away and r.random() < 0.3:
                ttz = self.p["home"]["tz"]  # entered later by the dietitian's phone at home
            if away and kind == "breakfast" and r.random() < 0.6:
                out.append(dict(type="meal", id=ids("dining"), time=_iso(t, ttz),
                                notes="team breakfast buffet, hotel", energy_kcal=r.choice([750, 850, 950]),
                                sodium_mg=r.choice([1100, 1200, 1400])))
                continue
            if away and kind in ("lunch", "dinner") and r.random() < 0.6:
                note, kcal, na, items = r.choice(_RESTAURANT)
                o = dict(type="meal", id=ids("dining"), time=_iso(t, ttz), notes=note)
                if items:
                    o["items"] = [{"ndb_no": a, "grams": g} for a, g in items]
                else:
                    o["energy_kcal"] = kcal
                    o["sodium_mg"] = na
                out.append(o)
                continue
            tmpl = list(r.choice(book[kind]))
            if not deficient and kind in ("lunch", "dinner") and r.random() < 0.35:
                tmpl.append(r.choice([("18406", 105), ("20045", 200), ("19047", 45)]))
            sc = p["appetite"] * _u(r, 0.85, 1.15) * (1.15 if deficient else 1.0)
            items = []
            for ndb, g in tmpl:
                if not deficient and ndb in _DAIRY:
                    g *= 1.35
                grams = int(round(g * sc / 5.0) * 5)
                if ndb in _HAND_NAME and r.random() < 0.15:
                    items.append({"food": _HAND_NAME[ndb], "grams": grams})
                else:
                    items.append({"ndb_no": ndb, "grams": grams})
            o = dict(type="meal", id=ids("dining"), time=_iso(t, ttz), items=items)
            if kind != "snack" and r.random() < 0.1:
                o["notes"] = kind
            out.append(o)

    # ---------------- run ----------------
    def run(self):
        self.persona()
        self.calendar()
        self.plan_diet()
        self.schedule()
        self.physiology()
        self.sleep()
        self.plan_meds()
        self.acwr()
        self.background()
        ok = self.plant()
        if not ok:
            return None
        objs = self.emit()
        home_tz = self.p["home"]["tz"]
        sd = self.start_date
        start_utc = _to_utc(datetime(sd.year, sd.month, sd.day), home_tz)
        ed = sd + timedelta(days=self.n)
        stop_utc = _to_utc(datetime(ed.year, ed.month, ed.day), home_tz)
        # keep everything timed inside the observed period
        lo, hi = start_utc, stop_utc
        kept = []
        for o in objs:
            if o["type"] in ("profile", "medication"):
                kept.append(o)
                continue
            t = _parse_iso_utc(o["time"])
            if not (lo <= t < hi):
                continue
            if o["type"] == "sleep" and "end" in o and _parse_iso_utc(o["end"]) > hi:
                continue
            kept.append(o)
        start = start_utc.replace(tzinfo=timezone.utc).astimezone(
            timezone(timedelta(hours=_offset(home_tz, start_utc))))
        stop = stop_utc.replace(tzinfo=timezone.utc).astimezone(
            timezone(timedelta(hours=_offset(home_tz, stop_utc))))
        kept_ids = set(id(o) for o in kept)
        k = sum(1 for o, pl in self._ep_objs if pl and id(o) in kept_ids)
        bg = sum(1 for o, pl in self._ep_objs if not pl and id(o) in kept_ids)
        if self.cause is not None and not (9 <= k <= 20):
            return None
        if bg < 5:
            return None
        info = dict(planted=k, background=bg,
                    exposed=getattr(self, "n_exposed", None), sport=self.p["sport"],
                    days=self.n)
        return BlindJournal(cause=self.cause, objects=kept, start=start, stop=stop), info


def _nth_thursday(year, month, n):
    first = date(year, month, 1)
    first_thu = 1 + (3 - first.weekday()) % 7
    return date(year, month, first_thu + 7 * (n - 1))


def _poisson(rng, lam):
    if lam <= 0:
        return 0
    L = math.exp(-lam) if lam < 30 else 0.0
    if lam >= 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    k, prod = 0, rng.random()
    while prod > L:
        k += 1
        prod *= rng.random()
    return k


def _parse_iso_utc(s: str) -> datetime:
    return datetime.fromisoformat(s).astimezone(timezone.utc).replace(tzinfo=None)


def _generate(cause, seed):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    last = None
    for attempt in range(40):
        rng = random.Random(f"blind-ag|{cause}|{int(seed)}|{attempt}")
        res = _Gen(cause, rng, attempt).run()
        if res is not None:
            return res
        last = attempt
    raise RuntimeError(f"could not build a journal for {cause!r} seed {seed} ({last})")


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    return _generate(cause, seed)[0]
