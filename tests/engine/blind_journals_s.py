"""Blind synthetic cramp journals with one planted cause (examiner "S").

Point of view
-------------
Each journal is one amateur road/gravel cyclist living in a temperate place (UK, Netherlands,
Germany or the US/Canadian Pacific Northwest).  They own a bike computer (Garmin/Wahoo/Hammerhead,
with a temperature sensor), a heart-rate strap, a smart scale and a nutrition app, and they keep
cramp/twitch notes in the journal app by hand.  A year for them looks like: winter on the indoor
trainer (Zwift/TrainerRoad, a garage or spare room that is cold in January and a sauna in July),
a little strength work, maybe some running; from spring to autumn midweek intervals or a club
chaingang, long weekend rides, Sunday club runs, commuting for some, two to four sportives (one
may be abroad, one may be a two-day event), sometimes a training camp (Mallorca, Girona, Tucson),
sometimes the Festive 500 at Christmas; and the interruptions: colds, a crash, a family holiday.

What is logged, and how (realism, present in EVERY journal, null journals included):
- workouts come from the bike computer, with an id, seconds in the timestamps and, for some
  people, UTC timestamps ("Z" or "+00:00") while everything typed on the phone is in local time
  with the right DST offset (and the destination's offset while travelling).  Temperature comes
  from the head unit (room temperature indoors), humidity only when a weather integration filled
  it, RPE only when the rider answered the prompt, avg HR only when the strap battery was alive,
  muscle groups only for people whose app adds them.  Occasional double uploads (same id) and a
  Strava/Garmin double with a different id; a few rides lost (or typed in by hand afterwards).
- the smart scale gives most morning weights and, on a share of longer rides, pre/post weights
  (imperial users export "lb" strings).  Bottles drunk on the ride are logged (most rides) as
  fluid entries with the drink type and, for tablets, the label sodium; daily coffee, water, beer
  and recovery drinks only sporadically.  Salt capsules on rides are supplements.
- sleep from a phone/watch app (bedtime + wake, sometimes quality) or typed by hand (hours).
- the nutrition app logs whole days in on/off weeks, as USDA SR28 numbers, food names, or
  nutrient totals (Cronometer-like), sometimes with a forgotten meal or a kcal-only quick add.
- medicines unrelated to cramps (antihistamines in hay-fever season, ibuprofen after a crash,
  amoxicillin, an ACE inhibitor); rarely a long-standing statin started years before the journal.
- gaps: a manual-logging lapse of one to two weeks, scale battery gaps, dead HR strap, holidays.
- units: kg/ml/degC/km for most, lb/oz/degF/mi strings for US users, a few "500 ml" strings.

Natural correlations, present in every journal: sweat rate rises with temperature, intensity and
indoor riding; on hot days people replace a smaller share of sweat and pick electrolyte drinks a
bit more; long rides and events are also harder (RPE rises with duration and heat); sportives
come with early alarms (short sleep) and, on hot nights, sleep is shorter; camps and the Festive
500 are load spikes with consecutive long days; coming back from a cold is a load spike with
ordinary rides; summer brings both heat and volume; a diet "cut" lowers energy and body mass.

Background episodes, in every journal and unrelated to any exposure: night calf/foot cramps
placed uniformly over nights, eyelid twitch runs, calf twitches at rest, random foot/toe/hand
cramps at rest, and a few cramps during exercise assigned to sessions uniformly (per session, not
per minute, so they do not favour long rides).  Null journals (cause=None) have only these, and at
least 5 of them.

How each cause is planted
-------------------------
The whole journal (person, weather, training, sleep, diet, logging) is generated the same way for
every cause.  Then one exposure is computed for every eligible unit from the simulated truth, the
"exposed" units are those above the threshold below, and between 9 and 20 linked episodes are
drawn among exposed units with probability increasing with the exposure (dose-response), never
using more than half of the exposed units (so most exposed units have no episode).  No other
variable changes any episode probability.  Units inside a manual-logging gap, rides that were not
recorded, and the first weeks of the journal (where history is missing) are not used.  If a
journal has too few exposed units (fewer than 18), it is regenerated from a derived seed
(deterministically), so heat journals tend to have warmer summers and sleep_debt journals more
disrupted sleepers.  Only these causes change the person or the plan, inside natural ranges, so
the mechanism can exist: dehydration (drinks 28-48 % of sweat losses on the bike, more variable
ride to ride), electrolyte_loss (salty sweater, 1150-1600 mg/L, who drinks 75-95 % of losses,
mostly plain water, no salt capsules), medication (the medicine; riders under 38 are usually made
older, as most of these drugs need age >= 40), nutrient_deficiency (the low-mineral phase; no
multivitamin).

- dehydration: unit = session of >= 45 min.  Exposure = true body-mass loss over the session
  (sweat - drink - food + respiratory/urine loss) >= 2.0 % of body mass; weight = loss% - 1.6.
  Visible through pre/post weigh-ins (55-90 % of longer rides) and logged bottles.  Episodes late
  in the ride, soon after it, or that night (calf, quads, hamstrings, adductors).  Because drinking
  varies ride to ride independently of weather, hot well-hydrated rides and cool dry rides exist.
- electrolyte_loss: unit = session.  Exposure = sweat sodium lost (sweat litres x the person's
  sweat sodium, 1150-1600 mg/L) minus sodium taken in on the ride (drinks by label or default,
  tablets, salt capsules, ride food) >= 2800 mg; weight = (deficit - 2300)/1500.  The person
  drinks 75-95 % of sweat losses, mostly plain water, so body-mass loss stays small: the signal
  is "long sweaty rides on plain water", and equally long/hot rides with electrolyte drinks do not
  cramp.  Often whole-body (several muscles, both sides, hands/abdomen) late or just after.
- muscle_fatigue: unit = leg session >= 60 min.  Exposure weight = 1.5 x (duration / the rider's
  85th-percentile duration over the previous 6 weeks - 1.1)+ + 0.3 per preceding consecutive day
  with a >= 90 min leg session (max 3, only if this one is >= 90 min) + 0.3 for a >= 150 min
  session at RPE >= 7.5; exposed if >= 0.25.  Episodes in the last third of the session (70-98 %),
  just after, or that night; quads/hamstrings/calves/adductors.
- training_load_spike: unit = day.  Daily load = sum of duration x RPE (true); acute:chronic =
  7-day sum / (28-day sum / 4), exposed if >= 1.5 (and chronic not trivial), weight = ratio - 1.35.
  Episodes on those days during or after any of that day's sessions (chosen uniformly, not the
  longest) or at rest/at night, so they follow the spike rather than single long rides.
- heat: unit = session >= 30 min (indoor ones too: room temperature).  Exposure = temperature
  during the session (with a humidity term above 20 degC: + 0.04 x (RH - 50)) >= 24 degC, hot
  for a temperate rider (a head unit in the sun reads 1-4 degC above the air);
  weight = (T_eff - 23)/3 x min(1, duration/75 min), so the hottest sessions dominate.  Independent of drinking and drink type.
  Episodes late in the ride or after it; calves, quads, hamstrings, sometimes abdomen.
- nutrient_deficiency: unit = day.  The journal contains one low-mineral diet phase (45-65 % of
  the period: a weight cut or a busy junk-food period: white bread, pasta, white rice, sweets,
  no nuts, wholegrains or greens), logged in the app like the rest.  Exposure = 14-day mean true
  intake (food + supplements) of magnesium below ~0.7 x the RDA (and/or potassium below ~0.65 x
  the AI); weight = 3 x (0.72 - Mg ratio)+ + 1.5 x (0.65 - K ratio)+.  In the phase intakes
  average about 50-65 % (Mg), 45-60 % (K), 40-60 % (Ca) of the US reference; outside it, and in
  every other journal, about 115-170 % (Mg), 105-130 % (K), 75-125 % (Ca).  The phase may end with a magnesium supplement.  Episodes: twitches
  (eyelid, calf, thigh), night cramps, hand/foot spasms, some exercise cramps.  Other journals
  may contain a decoy energy cut that keeps minerals near reference.
- sleep_debt: unit = night.  Exposure = that night's sleep shorter than the median of the prior
  21 nights by >= 1.5 h; weight = deficit - 1.2.  Episodes the following day (0.5-16 h after
  waking): eyelid/calf twitches, cramps during that day's ride, rest cramps.
- medication: a cramp-linked medicine (statin, thiazide-type or potassium-sparing diuretic, LABA
  inhaler, nifedipine, naproxen; chosen by age) starts 30-55 % into the journal (sometimes
  stopped later, end date given).  Unit = day from start + 4 d to end + 4 d; weight = min(1,
  days on drug / 18) + 0.15.  Episodes mostly night calf/foot/hamstring cramps, some at rest or
  during exercise.  Before the start there are only background episodes.
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


# --------------------------------------------------------------------------------------------
# Time zones (own DST rules: no tz database needed)
# --------------------------------------------------------------------------------------------
_ZONES = {  # id: (DST rule, standard offset in minutes)
    "GB": ("EU", 0), "CET": ("EU", 60), "EET": ("EU", 120),
    "PT": ("US", -480), "MT": ("US", -420), "ET": ("US", -300), "AZ": ("NONE", -420),
}


def _last_sunday(y: int, m: int) -> date:
    d = (date(y, m + 1, 1) - timedelta(days=1)) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


# --------------------------------------------------------------------------------------------
# Food table: per 100 g (kcal, Ca, Mg, K, Na) from USDA SR28 (ABBREV), names verified to resolve
# --------------------------------------------------------------------------------------------
_FOOD = {
    "01001": (717, 24, 2, 24, 643), "01009": (404, 710, 27, 76, 653),
    "01018": (357, 731, 30, 188, 812), "01019": (264, 493, 19, 62, 917),
    "01022": (356, 700, 29, 121, 819), "01079": (50, 120, 11, 140, 47),
    "01117": (63, 183, 17, 234, 70), "01123": (143, 56, 12, 138, 142),
    "01256": (59, 110, 11, 141, 36), "05064": (165, 15, 29, 256, 74),
    "06039": (53, 25, 6, 255, 288), "06931": (50, 26, 18, 320, 437),
    "07029": (163, 24, 22, 287, 1143), "07074": (309, 11, 11, 483, 827),
    "08020": (357, 5, 39, 168, 729), "08037": (489, 76, 168, 539, 26),
    "08120": (379, 52, 138, 362, 6), "08286": (355, 36, 67, 324, 239),
    "09003": (52, 6, 5, 107, 1), "09037": (160, 12, 29, 485, 7),
    "09040": (89, 5, 27, 358, 1), "09050": (57, 6, 6, 77, 1),
    "09200": (47, 40, 10, 181, 0), "09298": (299, 50, 32, 749, 11),
    "09316": (32, 16, 13, 153, 1), "09421": (277, 64, 54, 696, 1),
    "11090": (34, 47, 21, 316, 33), "11124": (41, 33, 12, 320, 69),
    "11168": (96, 3, 26, 218, 1), "11205": (15, 16, 13, 147, 2),
    "11251": (17, 33, 14, 247, 8), "11313": (78, 24, 22, 110, 72),
    "11365": (87, 5, 22, 379, 4), "11439": (19, 30, 13, 170, 661),
    "11457": (23, 99, 79, 558, 79), "11529": (18, 10, 11, 237, 5),
    "11674": (93, 15, 28, 535, 10), "11821": (31, 7, 12, 211, 4),
    "12061": (579, 269, 270, 733, 1), "15016": (105, 14, 42, 244, 78),
    "15041": (262, 77, 8, 69, 870), "15121": (86, 17, 23, 179, 247),
    "15237": (206, 15, 30, 384, 61), "16015": (132, 27, 70, 355, 1),
    "16057": (164, 49, 48, 291, 7), "16070": (116, 19, 36, 369, 2),
    "16098": (598, 49, 168, 558, 426), "16126": (78, 201, 37, 148, 12),
    "16158": (166, 38, 71, 228, 379), "18060": (259, 73, 40, 166, 603),
    "18069": (266, 144, 23, 126, 490), "18075": (252, 161, 75, 254, 455),
    "18096": (389, 30, 31, 270, 348), "18120": (353, 47, 8, 149, 377),
    "18170": (348, 64, 27, 207, 350), "18216": (366, 31, 78, 319, 410),
    "18239": (406, 37, 16, 118, 467), "18250": (426, 60, 17, 102, 402),
    "18274": (375, 44, 10, 121, 336), "19020": (443, 105, 74, 325, 278),
    "19047": (384, 27, 29, 223, 1240), "19059": (462, 78, 158, 685, 229),
    "19106": (396, 3, 1, 5, 44), "19125": (541, 108, 64, 407, 41),
    "19296": (304, 6, 2, 52, 4), "19297": (278, 20, 4, 77, 32),
    "19411": (532, 21, 63, 1196, 527), "19904": (598, 73, 228, 715, 20),
    "20037": (123, 3, 39, 86, 4), "20045": (130, 10, 12, 35, 1),
    "20121": (158, 7, 18, 44, 1), "20137": (120, 17, 64, 172, 7),
    "21102": (250, 58, 24, 245, 753), "01132": (149, 66, 11, 132, 145),
    "23570": (256, 22, 25, 407, 89), "28397": (265, 103, 78, 230, 381),
}
_FOOD_NAME = {  # names that the product's food table resolves to exactly this ndb_no
    "09040": "banana", "08120": "rolled oats", "18075": "whole wheat bread",
    "16098": "peanut butter", "12061": "almonds", "20045": "white rice", "20121": "pasta",
    "05064": "chicken breast", "15237": "salmon", "11090": "broccoli", "01022": "gouda",
    "01018": "edam", "09003": "apple", "01256": "greek yogurt", "01009": "cheddar",
    "19296": "honey", "01001": "butter", "19411": "potato chips", "11457": "spinach",
    "01123": "eggs", "01079": "milk", "11529": "tomato", "11674": "baked potato",
    "18069": "white bread", "08037": "granola", "19904": "dark chocolate",
    "09421": "medjool dates", "16070": "lentils", "16015": "black beans", "16126": "tofu",
    "11124": "carrots", "16158": "hummus", "08286": "muesli", "15121": "tuna",
    "09050": "blueberries", "19047": "pretzels", "18170": "fig bars", "19106": "gumdrops",
    "11439": "sauerkraut", "18060": "rye bread", "18216": "crispbread",
    "15041": "pickled herring", "19125": "hazelnut spread", "09298": "raisins",
    "20037": "brown rice", "09037": "avocado", "16057": "chickpeas", "01019": "feta",
    "19059": "trail mix", "01117": "yogurt", "20137": "quinoa",
}

_B_NORMAL = [
    [("08120", 70), ("01079", 220), ("09040", 110), ("19296", 12)],
    [("08037", 65), ("01256", 170), ("09050", 80)],
    [("18075", 80), ("16098", 30), ("09040", 110)],
    [("01123", 110), ("18075", 70), ("09037", 60), ("11529", 60)],
    [("08286", 70), ("01079", 200), ("09003", 150)],
]
_B_NORMAL_NLDE = [
    [("18060", 90), ("01022", 35), ("11205", 60), ("01079", 200)],
    [("18216", 45), ("01018", 30), ("11529", 70), ("01256", 150), ("09316", 80)],
    [("28397", 90), ("19125", 15), ("01079", 250), ("09040", 110)],
]
_L_NORMAL = [
    [("18075", 100), ("07029", 45), ("01009", 25), ("11251", 20), ("11529", 60), ("01117", 150)],
    [("15121", 100), ("16057", 120), ("11457", 40), ("01019", 35), ("18075", 50)],
    [("06039", 400), ("18075", 80), ("01009", 30), ("09200", 130)],
    [("16158", 80), ("28397", 90), ("11124", 80), ("09040", 110)],
    [("20037", 200), ("05064", 120), ("11090", 100), ("11821", 60), ("01256", 150)],
    [("20137", 180), ("16015", 100), ("09037", 60), ("11529", 80)],
]
_D_NORMAL = [
    [("15237", 150), ("11674", 280), ("11090", 120)],
    [("05064", 160), ("20037", 220), ("11313", 90), ("11124", 80)],
    [("20121", 260), ("06931", 150), ("23570", 110), ("11457", 50), ("01009", 15)],
    [("16126", 160), ("20037", 220), ("11821", 80), ("11090", 100)],
    [("23570", 120), ("16015", 160), ("20045", 200), ("11529", 80), ("09037", 50)],
    [("16070", 200), ("20037", 180), ("11457", 60), ("01117", 100)],
    [("15016", 170), ("11365", 300), ("11313", 100), ("11168", 80)],
]
_D_NORMAL_NLDE = [
    [("07074", 100), ("11365", 280), ("11439", 150), ("11124", 80)],
    [("15041", 80), ("11365", 250), ("11090", 150), ("01117", 150)],
]
_S_NORMAL = [[("12061", 30)], [("19904", 25)], [("01117", 170), ("09050", 60)],
             [("09040", 120)], [("09421", 48)], [("19059", 40)], [("09003", 160)],
             [("16098", 20), ("18075", 35)], [("09298", 40)], [("01079", 250), ("09040", 110)],
             [("01009", 30), ("18216", 30)], [("01117", 170), ("08037", 30)]]
_B_POOR = [[("18069", 75), ("19297", 25), ("01001", 8)], [("18239", 65)],
           [("08020", 40), ("01079", 100)], [("18274", 110)]]
_L_POOR = [[("18069", 90), ("07029", 40)], [("21102", 180)], [("20121", 250), ("01001", 10)],
           [("18069", 80), ("19411", 25)]]
_D_POOR = [[("20121", 280), ("06931", 70)], [("20045", 260), ("05064", 100)],
           [("18069", 100), ("01132", 150), ("01001", 10)], [("20045", 250), ("01123", 90)],
           [("20121", 260), ("01001", 12), ("01009", 15)]]
_S_POOR = [[("19106", 50)], [("18120", 80)], [("18250", 75)], [("19047", 35)], [("18170", 40)]]
_RIDE_FOOD = [[("09040", 110)], [("18170", 40)], [("19106", 45)], [("19020", 40)]]
_CAFE_FOOD = [[("18120", 90)], [("18096", 100)], [("18274", 110)], [("18250", 80)]]

_CLIM = {  # monthly mean daily max (degC), diurnal range, rain probability, mean RH (%)
    "GB": ([8, 9, 12, 15, 18, 21, 23.5, 23, 20, 15.5, 11, 8.5],
           [6, 7, 8, 9, 9.5, 9.5, 9.5, 9, 8.5, 7.5, 6.5, 6],
           [.5, .45, .45, .4, .4, .38, .35, .38, .4, .5, .55, .55],
           [85, 82, 78, 74, 72, 72, 72, 74, 77, 82, 86, 87]),
    "NL": ([6, 7, 10.5, 14.5, 18, 20.5, 23, 22.5, 19.5, 15, 10, 7],
           [5, 6, 7, 9, 9.5, 9.5, 9.5, 9, 8, 7, 5.5, 5],
           [.5, .45, .45, .38, .38, .4, .4, .42, .42, .48, .52, .52],
           [87, 84, 80, 74, 72, 74, 75, 76, 80, 84, 88, 88]),
    "DE": ([3.5, 5, 10, 15, 19.5, 22.5, 25, 24.5, 20, 14, 8, 4.5],
           [5, 6, 8, 10, 10.5, 10.5, 10.5, 10.5, 9.5, 8, 5.5, 4.5],
           [.45, .4, .4, .35, .38, .4, .4, .38, .35, .4, .45, .5],
           [85, 82, 76, 70, 70, 70, 70, 72, 78, 83, 87, 87]),
    "PNW": ([8.5, 10, 12.5, 15.5, 19, 22, 26, 26.5, 22.5, 16, 11, 8],
            [5, 6, 7, 9, 10, 11, 13, 13, 12, 8, 5.5, 4.5],
            [.65, .6, .6, .5, .4, .3, .1, .1, .25, .5, .65, .65],
            [85, 82, 78, 72, 68, 64, 58, 60, 66, 78, 85, 87]),
    "MED": ([15, 15.5, 17.5, 20, 24, 28.5, 31.5, 31.5, 28, 24, 19, 16], [9] * 12, [.15] * 12,
            [72, 70, 68, 66, 64, 62, 60, 62, 66, 70, 72, 72]),
    "DESERT": ([19.5, 21, 24.5, 28.5, 33.5, 38.5, 37.5, 36.5, 35, 29.5, 23.5, 18.5], [15] * 12,
               [.06] * 12, [35, 32, 27, 20, 18, 20, 35, 40, 32, 28, 32, 38]),
    "ALPS": ([4, 6, 10, 14, 18, 22, 25, 24.5, 20, 15, 9, 5], [10] * 12, [.3] * 12, [65] * 12),
    "EAST": ([5, 7, 12, 18, 23, 28, 30.5, 29.5, 25.5, 19, 13, 7], [8] * 12, [.3] * 12,
             [65, 63, 62, 62, 66, 70, 72, 73, 72, 68, 66, 65]),
}

_SPORTIVES = {
    "GB": ["Dragon Ride (Wales)", "Fred Whitton Challenge", "Ride London 100", "Tour of the Peak",
           "Etape Caledonia", "Cotswold Spring Classic", "Tour of Cambridgeshire", "Chiltern 100"],
    "NL": ["Limburgs Mooiste", "Amstel Gold Race toertocht", "Ronde van Drenthe toertocht",
           "Veluwezoomtocht", "Zeeuwse Stromen", "Tour de Waddenzee"],
    "DE": ["Velothon Berlin", "Münsterland Giro Jedermann", "Rad am Ring", "Eschborn-Frankfurt Jedermann",
           "Harz-Tour", "Schwarzwald Radmarathon"],
    "PNW": ["Flying Wheels Summer Century", "RAMROD", "Tour de Blast", "Chilly Hilly",
            "Gorge Gravel Grinder", "Tour de Lopez", "Seattle Century"],
}
_GRAVEL_EVENTS = {"GB": "Dirty Reiver", "NL": "Gravel Grinders Veluwe", "DE": "Grenzsteintrophy light",
                  "PNW": "Oregon Gravel Grinder"}

_ALIASES = {"calf": ["calves", "gastrocnemius", "soleus"], "quadriceps": ["quads", "quad"],
            "hamstring": ["hamstrings", "back_of_thigh"], "adductor": ["inner_thigh", "groin"],
            "foot": ["arch", "sole"], "toes": ["toe"], "eyelid": ["eye"], "glute": ["glutes"],
            "abdomen": ["abs"], "hand": ["palm"], "fingers": ["finger", "thumb"],
            "forearm": ["forearms"], "lower_back": ["lumbar"], "shin": ["tibialis"]}

_LEG_ACTS = ("cycling", "running", "hiking", "walking")


def _tot(items):
    """(kcal, Ca, Mg, K, Na) of a list of (ndb_no, grams)."""
    out = [0.0] * 5
    for nd, g in items:
        v = _FOOD[nd]
        for q in range(5):
            out[q] += v[q] * g / 100.0
    return tuple(out)


_TEMPLATES = {}
for _pool in (_B_NORMAL, _B_NORMAL_NLDE, _L_NORMAL, _D_NORMAL, _D_NORMAL_NLDE, _S_NORMAL, _B_POOR,
              _L_POOR, _D_POOR, _S_POOR, _RIDE_FOOD, _CAFE_FOOD):
    for _k, _t in enumerate(_pool):
        _pool[_k] = tuple(_t)
        _TEMPLATES[_pool[_k]] = _tot(_t)


def _clim(table, d: date) -> float:
    m, day = d.month, d.day
    if day >= 15:
        a, b, frac = m, m % 12 + 1, (day - 15) / 30.0
    else:
        a, b, frac = (m - 2) % 12 + 1, m, (day + 15) / 30.0
    return table[a - 1] * (1 - frac) + table[b - 1] * frac


def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _season(d: date) -> str:
    m = d.month
    if m in (11, 12, 1, 2):
        return "winter"
    if m in (3, 4):
        return "spring"
    if m in (9, 10):
        return "autumn"
    return "summer"


def _diurnal(h: float) -> float:
    """Fraction (0..1) of the daily temperature range reached at local hour h."""
    h = h % 24
    if 5 <= h <= 15:
        return 0.5 - 0.5 * math.cos(math.pi * (h - 5) / 10)
    hh = h - 15 if h > 15 else h + 9
    return 0.5 + 0.5 * math.cos(math.pi * hh / 14)


# --------------------------------------------------------------------------------------------
class _Gen:
    def __init__(self, cause, seed, attempt):
        digest = hashlib.sha256(f"blindS|{cause}|{seed}|{attempt}".encode()).digest()
        self.rng = random.Random(int.from_bytes(digest[:8], "big"))
        self.cause = cause
        self.attempt = attempt
        self._dst_cache = {}
        self._idn = 0

    # ---------------------------------------------------------------- time helpers
    def _offset(self, zone, utc):
        rule, std = _ZONES[zone]
        if rule == "NONE":
            return std
        key = (zone, utc.year)
        b = self._dst_cache.get(key)
        if b is None:
            y = utc.year
            if rule == "EU":
                b = (datetime.combine(_last_sunday(y, 3), time(1)),
                     datetime.combine(_last_sunday(y, 10), time(1)))
            else:
                b = (datetime.combine(_nth_sunday(y, 3, 2), time(2)) - timedelta(minutes=std),
                     datetime.combine(_nth_sunday(y, 11, 1), time(2)) - timedelta(minutes=std + 60))
            self._dst_cache[key] = b
        return std + 60 if b[0] <= utc < b[1] else std

    def _utc(self, zone, local):
        std = _ZONES[zone][1]
        off = self._offset(zone, local - timedelta(minutes=std))
        utc = local - timedelta(minutes=off)
        off2 = self._offset(zone, utc)
        if off2 != off:
            utc = local - timedelta(minutes=off2)
        return utc

    def at(self, i, h):
        loc = datetime.combine(self.dates[i], time(0)) + timedelta(seconds=int(round(h * 3600)))
        return self._utc(self.zone[i], loc)

    def local_h(self, i, utc):
        """Hours since local midnight of day i (in day i's zone)."""
        off = self._offset(self.zone[i], utc)
        loc = utc + timedelta(minutes=off)
        return (loc - datetime.combine(self.dates[i], time(0))).total_seconds() / 3600.0

    def iso(self, utc, zone, z=False, step=60):
        if step:
            s = int((utc - datetime(2000, 1, 1)).total_seconds())
            s = int(round(s / step) * step)
            utc = datetime(2000, 1, 1) + timedelta(seconds=s)
        else:
            utc = utc.replace(microsecond=0)
        off = 0 if zone is None else self._offset(zone, utc)
        loc = utc + timedelta(minutes=off)
        out = loc.replace(tzinfo=timezone(timedelta(minutes=off))).isoformat(timespec="seconds")
        if z and off == 0:
            out = out[:-6] + "Z"
        return out

    def _id(self, prefix, width=10):
        self._idn += self.rng.randint(1, 9)
        return f"{prefix}{self.id_base + self._idn:0{width}d}"

    # ---------------------------------------------------------------- build
    def build(self, relaxed=False, force=False):
        self.force = force
        self._persona()
        self._calendar()
        self._events()
        self._weather()
        self._sessions()
        self._sleep()
        self._loads()
        self.episodes = []
        if self.cause == "nutrient_deficiency":
            self._diet()
        if not self._plant(relaxed):
            return False
        if self.cause != "nutrient_deficiency":
            self._diet()
        self._background()
        self._reverse_supplements()
        self._emit()
        return True

    # ---------------------------------------------------------------- persona
    def _persona(self):
        r = self.rng
        c = self.cause
        region = r.choices(["GB", "NL", "DE", "PNW"], [35, 20, 20, 25])[0]
        self.region = region
        if region == "GB":
            self.home, self.tzname = "GB", "Europe/London"
        elif region == "NL":
            self.home, self.tzname = "CET", "Europe/Amsterdam"
        elif region == "DE":
            self.home, self.tzname = "CET", "Europe/Berlin"
        else:
            self.home = "PT"
            self.tzname = "America/Vancouver" if r.random() < 0.3 else "America/Los_Angeles"
        us = self.tzname == "America/Los_Angeles"
        imperial = us and r.random() < 0.8
        self.u_mass = "lb" if (imperial or (region == "PNW" and r.random() < 0.4)) else "kg"
        self.u_fluid = "oz" if imperial else "ml"
        self.u_temp = "F" if imperial else "C"
        self.u_dist = "mi" if imperial else "km"
        self.lang = region if region in ("NL", "DE") and r.random() < 0.35 else "EN"
        self.sex = "male" if r.random() < 0.75 else "female"
        self.age = r.randint(27, 63)
        if self.cause == "medication" and self.age < 38 and r.random() < 0.6:
            self.age = r.randint(42, 63)
        male = self.sex == "male"
        self.mass0 = _clip(r.gauss(75.5, 7) if male else r.gauss(61, 6), 50, 98)
        self.height = _clip(r.gauss(179, 7) if male else r.gauss(166, 6), 150, 200)
        self.hrmax = int(round(211 - 0.64 * self.age + r.gauss(0, 5)))
        self.speed = r.uniform(25.5, 30.5) if male else r.uniform(23.5, 28.5)
        self.long_h = r.uniform(2.5, 4.0)
        self.club = r.random() < 0.65
        self.commuter = r.random() < 0.33
        self.gravel = r.random() < 0.4
        self.strength = r.random() < 0.45
        self.runner = r.random() < 0.25
        self.yoga = r.random() < 0.15
        self.early_bird = r.random() < 0.45
        self.club_start = r.choice([8.0, 8.5, 9.0])
        self.sweat_base = r.uniform(0.65, 1.1)
        self.na_conc = _clip(r.gauss(850, 220), 450, 1300)
        self.replace_mean = r.uniform(0.5, 0.85)
        self.replace_sd = r.uniform(0.14, 0.22)
        self.water_pref = r.uniform(0.2, 0.65)
        self.salt_caps = r.random() < 0.25
        if c == "dehydration":
            self.replace_mean = r.uniform(0.28, 0.48)
            self.replace_sd = r.uniform(0.18, 0.24)
        if c == "electrolyte_loss":
            self.na_conc = r.uniform(1150, 1600)
            self.replace_mean = r.uniform(0.75, 0.95)
            self.water_pref = r.uniform(0.6, 0.85)
            self.salt_caps = False
        self.tabs = r.choice([("SiS Hydro", 550), ("Nuun Sport", 600), ("High5 Zero", 500),
                              ("Precision Hydration 1000", 1000), ("Precision Hydration 1500", 1500)])
        self.bottle_ml = (r.choice([621, 710]) if self.u_fluid == "oz"
                          else r.choice([500, 550, 620, 750]))
        self.bed = r.uniform(22.3, 23.4)
        self.wake = r.uniform(6.0, 7.1)
        self.disruptor = r.random() < 0.3
        self.p_weigh_morning = r.uniform(0.55, 0.95)
        self.p_prepost = r.uniform(0.55, 0.9)
        self.p_ride_fluid = r.uniform(0.6, 0.95)
        self.p_daily_fluid = r.uniform(0.1, 0.5)
        self.p_rpe = r.uniform(0.35, 0.95)
        self.p_muscles = 0.0 if r.random() < 0.5 else r.uniform(0.3, 1.0)
        self.p_humidity = r.uniform(0.3, 0.9)
        self.p_temp = r.uniform(0.92, 1.0)
        self.p_alias = r.uniform(0.0, 0.35)
        self.sleep_mode = "app" if r.random() < 0.75 else "manual"
        self.p_sleep = r.uniform(0.72, 0.95) if self.sleep_mode == "app" else r.uniform(0.55, 0.8)
        self.p_food = r.uniform(0.45, 0.9)
        self.food_fmt = r.choices(["ndb", "names", "totals"], [45, 30, 25])[0]
        self.food_app = {"ndb": "mfp", "names": "journal", "totals": "cronometer"}[self.food_fmt]
        self.workout_utc = r.random() < 0.4
        self.z_style = r.random() < 0.5
        self.device = r.choice(["garmin", "wahoo", "hammerhead"])
        self.scale = r.choice(["withings", "garmin-index", "eufy", "renpho"])
        self.bg_rate = r.uniform(0.16, 0.36)
        self.vitd = r.random() < 0.4
        self.multivit = r.random() < 0.2 and c != "nutrient_deficiency"
        self.creatine = r.random() < 0.12
        self.ors_habit = r.random() < 0.3
        self.pickle = r.random() < 0.15
        self.id_base = r.randint(10 ** 9, 9 * 10 ** 9)
        # reference intakes (US/Canada) for the planted deficiency
        self.rda_mg = (420 if self.age >= 31 else 400) if male else (320 if self.age >= 31 else 310)
        self.ai_k = 3400 if male else 2600

    # ---------------------------------------------------------------- calendar
    def _calendar(self):
        r = self.rng
        L = r.randint(150, 365)
        year = r.choice([2022, 2023, 2024, 2025])
        latest = date(year, 6, 20)
        earliest = date(year, 8, 20) - timedelta(days=L - 1)
        span = (latest - earliest).days
        start = earliest + timedelta(days=r.randint(0, max(0, span)))
        self.L = L
        self.obs0 = 70
        self.n = L + self.obs0
        self.sim0 = start - timedelta(days=self.obs0)
        self.dates = [self.sim0 + timedelta(days=i) for i in range(self.n)]
        self.zone = [self.home] * self.n
        self.dest = [None] * self.n
        self.kind = ["normal"] * self.n
        self.event = [None] * self.n
        self.birth_year = start.year - self.age

    def _free(self, a, b):
        return all(0 <= i < self.n and self.kind[i] == "normal" for i in range(a, b))

    def _events(self):
        r = self.rng
        n = self.n
        # camp
        if r.random() < 0.5:
            for _ in range(20):
                d0 = r.randrange(2, n - 12)
                dd = self.dates[d0]
                if not ((dd.month == 4) or (dd.month == 5 and dd.day <= 20) or
                        (dd.month == 3 and dd.day >= 15 and self.region == "PNW") or
                        (dd.month == 9 and dd.day <= 22)):
                    continue
                ln = r.randint(6, 9)
                if not self._free(d0 - 1, d0 + ln + 1):
                    continue
                if self.region == "PNW":
                    z, cl, name = ("AZ", "DESERT", "Tucson") if dd.month < 6 else ("PT", "MED", "Sonoma")
                else:
                    z, cl = "CET", "MED"
                    name = r.choice(["Mallorca", "Girona", "Calpe"])
                for i in range(d0 - 1, d0 + ln + 1):
                    self.zone[i], self.dest[i] = z, cl
                    self.kind[i] = "camp"
                    self.event[i] = f"{name} camp"
                self.kind[d0 - 1] = "travel_out"
                self.kind[d0 + ln] = "travel_back"
                break
        # sportives
        cands = [i for i in range(3, n - 3) if self.dates[i].weekday() >= 5 and
                 (5 <= self.dates[i].month <= 8 or (self.dates[i].month == 9 and self.dates[i].day <= 25))]
        r.shuffle(cands)
        k = r.randint(2, 4)
        chosen = []
        names = list(_SPORTIVES[self.region])
        r.shuffle(names)
        abroad_done = False
        multi_done = False
        for i in cands:
            if len(chosen) >= k:
                break
            if any(abs(i - j) < 14 for j in chosen) or not self._free(i - 2, i + 3):
                continue
            chosen.append(i)
            nm = names[len(chosen) % len(names)]
            if self.gravel and len(chosen) == 1:
                nm = _GRAVEL_EVENTS[self.region]
            multi = False
            if not multi_done and (self.region == "PNW" and r.random() < 0.35 or r.random() < 0.12) \
                    and self.dates[i].weekday() == 5:
                multi = True
                multi_done = True
                nm = "Seattle to Portland (STP)" if self.region == "PNW" else "2-day charity ride"
            self.kind[i] = "sportive"
            self.event[i] = nm
            if multi:
                self.kind[i + 1] = "sportive"
                self.event[i + 1] = nm + " day 2"
                self.event[i] = nm + " day 1"
            elif not abroad_done and r.random() < 0.3 and self.dates[i].month in (6, 7):
                abroad_done = True
                if self.region == "GB":
                    z, cl, nm = "CET", "ALPS", "La Marmotte"
                elif self.region == "PNW":
                    z, cl, nm = "PT", "MED", "Levi's GranFondo"
                else:
                    z, cl, nm = "CET", "ALPS", r.choice(["Maratona dles Dolomites", "Ötztaler Radmarathon"])
                self.event[i] = nm
                for j in (i - 1, i, i + 1):
                    self.zone[j], self.dest[j] = z, cl
                self.kind[i - 1] = "travel_out"
                self.kind[i + 1] = "travel_back"
        # Festive 500
        for i in range(n - 8):
            d = self.dates[i]
            if d.month == 12 and d.day == 24:
                if r.random() < 0.5 and self._free(i, i + 8):
                    for j in range(i, i + 8):
                        self.kind[j] = "festive"
                        self.event[j] = f"Festive 500 day {j - i + 1}"
                break
        # illness
        for _ in range(min(3, int(r.random() * 1.2 + self.n / 200.0 * r.random() * 2))):
            for _t in range(15):
                ln = r.randint(4, 10)
                d0 = r.randrange(1, n - ln - 1)
                if self._free(d0, d0 + ln):
                    for j in range(d0, d0 + ln):
                        self.kind[j] = "ill"
                    break
        # family holiday (off the bike)
        if r.random() < 0.5:
            for _t in range(20):
                ln = r.randint(7, 14)
                d0 = r.randrange(1, n - ln - 1)
                if self.dates[d0].month not in (7, 8) or not self._free(d0, d0 + ln):
                    continue
                abroad = r.random() < 0.6
                z, cl = {"GB": ("CET", "MED"), "NL": ("EET", "MED"), "DE": ("EET", "MED"),
                         "PNW": ("ET", "EAST")}[self.region]
                for j in range(d0, d0 + ln):
                    self.kind[j] = "holiday"
                    if abroad:
                        self.zone[j], self.dest[j] = z, cl
                break
        # crash / injury
        self.injury_day = None
        if r.random() < 0.15:
            for _t in range(15):
                ln = r.randint(6, 16)
                d0 = r.randrange(self.obs0, n - ln - 1)
                if self._free(d0, d0 + ln):
                    for j in range(d0, d0 + ln):
                        self.kind[j] = "injury"
                    self.injury_day = d0
                    break
        # stress weeks (late nights)
        self.stress = [False] * n
        for _ in range(r.randint(0, 2)):
            d0 = r.randrange(0, n - 6)
            for j in range(d0, d0 + r.randint(3, 6)):
                self.stress[j] = True
        # stream gaps
        self.gap_manual = [False] * n
        if r.random() < 0.6:
            ln = r.randint(6, 15)
            d0 = r.randrange(self.obs0, n - ln)
            for j in range(d0, d0 + ln):
                self.gap_manual[j] = True
        self.gap_scale = [self.kind[i] in ("holiday", "camp", "travel_out", "travel_back")
                          or self.dest[i] is not None for i in range(n)]
        for _ in range(r.randint(0, 2)):
            ln = r.randint(5, 20)
            d0 = r.randrange(0, n - ln)
            for j in range(d0, d0 + ln):
                self.gap_scale[j] = True
        self.gap_hr = [False] * n
        for _ in range(r.randint(0, 2)):
            ln = r.randint(7, 21)
            d0 = r.randrange(0, n - ln)
            for j in range(d0, d0 + ln):
                self.gap_hr[j] = True
        # diet phases
        self.diet = ["normal"] * n
        self.def_end = None
        if self.cause == "nutrient_deficiency":
            L = self.L
            d0 = self.obs0 + int(L * r.uniform(0.1, 0.33))
            ln = max(60, int(L * r.uniform(0.45, 0.65)))
            d1 = min(n - 8, d0 + ln)
            for j in range(d0, d1):
                self.diet[j] = "def"
            self.def_end = d1
            self.def_story = r.choice(["cut", "junk"])
        elif r.random() < 0.3:
            ln = r.randint(35, 80)
            d0 = r.randrange(self.obs0 - 30, max(self.obs0 - 29, n - ln))
            for j in range(max(0, d0), min(n, d0 + ln)):
                self.diet[j] = "cut"
        # planted medication
        self.med_plan = None
        if self.cause == "medication":
            L = self.L
            s0 = self.obs0 + int(L * r.uniform(0.3, 0.55))
            rem = self.n - s0
            end = None
            if rem >= 90 and r.random() < 0.4:
                end = s0 + int(rem * r.uniform(0.6, 0.85))
            self.med_plan = (s0, end, self._pick_med())

    def _pick_med(self):
        r = self.rng
        opts = [("salmeterol", "inhaler 50 mcg twice daily, exercise-induced asthma"),
                ("formoterol", "budesonide/formoterol inhaler, asthma"),
                ("naproxen", "500 mg twice daily for knee pain")]
        if self.age >= 40:
            opts += [("atorvastatin", "20 mg at night, cholesterol"),
                     ("rosuvastatin", "10 mg, cholesterol"),
                     ("simvastatin", "40 mg, cholesterol"),
                     ("nifedipine", "30 mg MR, blood pressure"),
                     ("indapamide", "1.5 mg, blood pressure"),
                     ("spironolactone", "25 mg")]
            opts += ([("bendroflumethiazide", "2.5 mg, blood pressure")] if self.region == "GB"
                     else [("hydrochlorothiazide", "12.5 mg, blood pressure")])
            opts += [("atorvastatin", "10 mg, cholesterol")]
        return r.choice(opts)

    # ---------------------------------------------------------------- weather
    def _weather(self):
        r = self.rng
        n = self.n
        self.tmax = [0.0] * n
        self.tmin = [0.0] * n
        self.rh = [0.0] * n
        self.rain = [False] * n
        hw = [0.0] * n
        i = 0
        while i < n:
            d = self.dates[i]
            if d.month in (6, 7, 8) and r.random() < 0.016:
                ln = r.randint(3, 6)
                peak = r.uniform(5, 11) if self.region != "PNW" else r.uniform(6, 13)
                for j in range(ln):
                    if i + j < n:
                        hw[i + j] = peak * math.sin(math.pi * (j + 0.5) / ln)
                i += ln + 10
            else:
                i += 1
        a = r.gauss(0, 3)
        for i in range(n):
            d = self.dates[i]
            cl = _CLIM[self.dest[i] or self.region]
            a = 0.72 * a + r.gauss(0, 2.3)
            rain_p = _clim(cl[2], d)
            if hw[i] > 1:
                rain_p *= 0.2
            rain = r.random() < rain_p
            tx = _clim(cl[0], d) + a + hw[i] - (2.0 if rain else 0.0)
            rng_ = _clim(cl[1], d) * (0.7 if rain else 1.0) * r.uniform(0.85, 1.15)
            self.tmax[i] = round(tx, 1)
            self.tmin[i] = round(tx - rng_, 1)
            self.rh[i] = _clip(_clim(cl[3], d) + (8 if rain else 0) - 0.8 * hw[i] + r.gauss(0, 6), 20, 98)
            self.rain[i] = rain

    def _session_temp(self, i, h0, dur_h):
        tmin, tmax = self.tmin[i], self.tmax[i]
        k = max(1, int(dur_h * 2))
        ts, rs = 0.0, 0.0
        for j in range(k + 1):
            h = h0 + dur_h * j / k
            f = _diurnal(h)
            ts += tmin + (tmax - tmin) * f
            rs += self.rh[i] + 18 * (1 - f) - 10
        t = ts / (k + 1)
        if not self.rain[i]:
            t += self.rng.uniform(1.0, 4.0) * (1.0 if 9.5 <= h0 + dur_h / 2 <= 17.5 else 0.4)
        return t, _clip(rs / (k + 1), 18, 99)

    # ---------------------------------------------------------------- sessions
    def _day_specs(self, i):
        r = self.rng
        d = self.dates[i]
        wd = d.weekday()
        kind = self.kind[i]
        season = _season(d)
        vol = {"winter": 0.6, "spring": 0.85, "summer": 1.0, "autumn": 0.85}[season]
        rain = self.rain[i]
        specs = []

        def add(typ, h0, dur, indoor=False, act="cycling", note=None, IF=None):
            specs.append(dict(typ=typ, h0=h0, dur=dur, indoor=indoor, act=act, note=note, IF=IF))

        if kind in ("ill", "travel_out", "travel_back"):
            if kind == "ill" and r.random() < 0.1:
                add("walk", r.uniform(10, 16), r.uniform(25, 50), act="walking")
            return specs
        if kind == "injury":
            return specs
        if kind == "holiday":
            if r.random() < 0.45:
                if r.random() < 0.5:
                    add("hike", r.uniform(9, 10.5), r.uniform(120, 300), act="hiking")
                else:
                    add("walk", r.uniform(9, 17), r.uniform(45, 150), act="walking")
            return specs
        if kind == "sportive":
            ev = self.event[i] or ""
            km = r.uniform(150, 200) if ("STP" in ev or "2-day" in ev) else r.uniform(100, 190)
            if "Marmotte" in ev or "tztaler" in ev or "Dolomites" in ev or "RAMROD" in ev:
                km = r.uniform(140, 230)
                spd = self.speed * 0.72
            elif self.gravel and ev == _GRAVEL_EVENTS[self.region]:
                spd = self.speed * 0.78
            else:
                spd = self.speed * 1.02
            add("sportive", r.uniform(6.75, 8.0), km / spd * 60 + r.uniform(10, 40), note=ev,
                IF=r.uniform(0.74, 0.84))
            return specs
        if kind == "camp":
            if r.random() < 0.15:
                add("easy", 10.0, r.uniform(60, 100), note=self.event[i] + " - recovery spin")
            else:
                add("long", r.uniform(9.3, 10.3), r.uniform(180, 330), note=self.event[i],
                    IF=r.uniform(0.66, 0.75))
            return specs
        if kind == "festive":
            km = r.uniform(55, 95)
            if rain and r.random() < 0.6 or self.tmax[i] < 1:
                add("indoor", r.uniform(9, 16), km / 32 * 60, indoor=True, note=self.event[i])
            else:
                add("long", r.uniform(9.5, 11), km / (self.speed * 0.9) * 60, note=self.event[i],
                    IF=r.uniform(0.64, 0.72))
            return specs
        # ----- normal day
        winter = season == "winter"
        if self.commuter and wd < 5 and r.random() < (0.25 if winter else 0.55):
            add("commute", r.uniform(7.4, 8.1), r.uniform(22, 45), note="Commute")
            add("commute", r.uniform(17.2, 18.0), r.uniform(24, 50), note="Commute home")
            return specs
        if wd in (1, 3):
            if r.random() < (0.7 if winter else 0.75):
                h0 = r.uniform(5.9, 6.4) if self.early_bird else r.uniform(18.0, 19.2)
                if winter or (rain and r.random() < 0.6) or r.random() < 0.2:
                    add("indoor", h0, r.uniform(45, 90), indoor=True)
                elif wd == 3 and self.club:
                    add("chaingang", h0 if not self.early_bird else r.uniform(18.0, 18.6),
                        r.uniform(60, 100), note="Chaingang")
                else:
                    add("intervals", h0, r.uniform(60, 90))
        elif wd == 2:
            if r.random() < 0.35:
                if winter or rain:
                    add("indoor", r.uniform(18, 19.5), r.uniform(40, 60), indoor=True, IF=r.uniform(0.6, 0.68))
                else:
                    add("easy", r.uniform(18, 19.5), r.uniform(45, 80))
            elif self.runner and winter and r.random() < 0.5:
                add("run", r.uniform(7, 19), r.uniform(30, 50), act="running")
        elif wd == 0:
            if self.strength and season in ("winter", "spring", "autumn") and r.random() < 0.7:
                add("strength", r.uniform(18, 19.5), r.uniform(40, 60), act="strength", indoor=True)
            elif self.yoga and r.random() < 0.5:
                add("yoga", r.uniform(19, 20.5), r.uniform(30, 45), act="yoga", indoor=True)
        elif wd == 4:
            if self.runner and r.random() < 0.3:
                add("run", r.uniform(7, 19), r.uniform(30, 50), act="running")
        elif wd == 5:
            p = 0.6 if winter else 0.8
            if r.random() < p:
                if winter and (rain or self.tmax[i] < 2):
                    if r.random() < 0.6:
                        add("indoor", r.uniform(9, 11), r.uniform(75, 130), indoor=True, IF=r.uniform(0.64, 0.72))
                else:
                    dur = self.long_h * 60 * vol * _clip(r.gauss(1, 0.15), 0.65, 1.4)
                    if season == "summer" and r.random() < 0.08:
                        dur *= 1.45
                    typ = "gravel" if self.gravel and r.random() < 0.4 else "long"
                    add(typ, r.uniform(8.0, 9.6), max(70, dur))
            elif r.random() < 0.1:
                add("walk", r.uniform(10, 15), r.uniform(45, 120), act="walking")
        elif wd == 6:
            if self.club and r.random() < (0.55 if winter else 0.75):
                if winter and rain and r.random() < 0.6:
                    add("indoor", r.uniform(9, 10), r.uniform(60, 100), indoor=True)
                else:
                    add("club", self.club_start + r.uniform(-0.1, 0.1),
                        r.uniform(150, 240) * (0.75 if winter else vol), note="Club ride")
            elif not self.club and r.random() < 0.5:
                dur = self.long_h * 60 * vol * _clip(r.gauss(0.9, 0.15), 0.6, 1.3)
                if not (winter and rain):
                    add("long", r.uniform(8.0, 9.6), max(60, dur))
            elif r.random() < 0.15:
                add("walk", r.uniform(10, 15), r.uniform(45, 120), act="walking")
        # life, weather
        out = []
        for s in specs:
            if r.random() < 0.1:
                continue
            if s["act"] == "cycling" and not s["indoor"] and rain:
                x = r.random()
                if x < 0.45:
                    s["indoor"] = True
                    s["typ"] = "indoor"
                    s["dur"] = min(s["dur"], r.uniform(50, 100))
                elif x < 0.65:
                    continue
                else:
                    s["wet"] = True
            out.append(s)
        return out

    def _sessions(self):
        self.sessions = []
        self.day_sessions = [[] for _ in range(self.n)]
        for i in range(self.n):
            for sp in self._day_specs(i):
                s = self._realize(i, sp)
                self.sessions.append(s)
                self.day_sessions[i].append(s)

    def _realize(self, i, sp):
        r = self.rng
        typ, act, indoor = sp["typ"], sp["act"], sp["indoor"]
        dur = float(sp["dur"])
        h = dur / 60.0
        IF = sp.get("IF")
        if IF is None:
            IF = {"commute": (0.55, 0.66), "easy": (0.58, 0.67), "intervals": (0.78, 0.88),
                  "chaingang": (0.8, 0.88), "long": (0.64, 0.74), "club": (0.7, 0.78),
                  "gravel": (0.66, 0.76), "indoor": (0.68, 0.85), "sportive": (0.74, 0.84),
                  "run": (0.7, 0.8), "walk": (0.35, 0.45), "hike": (0.45, 0.55),
                  "strength": (0.6, 0.7), "yoga": (0.3, 0.4)}[typ]
            IF = r.uniform(*IF)
        if indoor:
            T = _clip(15.5 + 0.38 * (self.tmax[i] - 5) + r.gauss(0, 1.0) + 3, 14, 31)
            RH = r.uniform(42, 65)
            if act in ("strength", "yoga"):
                T -= 2
        else:
            T, RH = self._session_temp(i, sp["h0"], h)
        rpe = 1 + (IF - 0.5) * 17 + 0.45 * _clip(h - 2, 0, 5.5) + 0.15 * max(0, T - 24) + r.gauss(0, 0.5)
        if act == "strength":
            rpe = r.uniform(5, 7.5)
        elif act in ("walking", "yoga"):
            rpe = r.uniform(1, 3)
        elif act == "hiking":
            rpe = r.uniform(3, 5) + 0.3 * max(0, h - 3)
        rpe = _clip(rpe, 0.5, 10)
        # sweat
        actf = {"cycling": 1.0, "running": 1.1, "strength": 0.5, "walking": 0.4, "hiking": 0.6,
                "yoga": 0.3}[act]
        if indoor and act == "cycling":
            srate = self.sweat_base * 1.3 * (1 + 0.03 * (T - 18)) * (0.55 + 0.65 * IF)
        else:
            srate = self.sweat_base * (1 + 0.045 * (T - 15)) * (0.55 + 0.65 * IF) * actf
        srate = max(0.2, srate)
        sweat = srate * h * r.gauss(1, 0.08)
        rep = _clip(r.gauss(self.replace_mean, self.replace_sd) - 0.012 * max(0, T - 20), 0.05, 1.15)
        if dur < 45:
            rep *= 0.4
        if act in ("strength", "yoga", "walking"):
            rep = _clip(rep, 0.05, 0.9)
        drink = sweat * rep
        # drinks
        drinks = []  # (offset_min, ml, drink, sodium_mg or None, brand)
        na_in = 0.0
        if drink > 0.08:
            nb = max(1, int(round(drink * 1000 / self.bottle_ml + 0.3)))
            total_ml = drink * 1000
            pw = self.water_pref - (0.15 if T >= 24 else 0) - (0.15 if h >= 3.5 else 0)
            first_elec = r.random() > pw
            for b in range(nb):
                ml = min(self.bottle_ml, total_ml - b * self.bottle_ml) if b == nb - 1 else self.bottle_ml
                if ml <= 40:
                    continue
                if b < 2:
                    elec = first_elec if b == 0 else (first_elec and r.random() < 0.8)
                else:
                    elec = False
                    if typ == "sportive" and r.random() < 0.65:
                        drinks.append((0, ml, "sports_drink", None, "feed station"))
                        na_in += ml / 1000 * 460
                        continue
                    if r.random() < 0.15:
                        drinks.append((0, ml, "soft_drink", None, "cafe cola"))
                        na_in += ml / 1000 * 100
                        continue
                if elec:
                    if r.random() < 0.3:
                        drinks.append((0, ml, "sports_drink", None, None))
                        na_in += ml / 1000 * 460
                    else:
                        na = round(ml / 1000 * self.tabs[1])
                        drinks.append((0, ml, "electrolyte_drink", na, self.tabs[0]))
                        na_in += na
                else:
                    drinks.append((0, ml, "water", None, None))
            k = len(drinks)
            drinks = [(dur * (j + 0.7) / (k + 0.4), ml, dk, na, br)
                      for j, (_o, ml, dk, na, br) in enumerate(drinks)]
        caps = []
        if self.salt_caps and h >= 2.5 and T >= 20 and act == "cycling":
            for j in range(int(h)):
                caps.append(60 * (j + 0.8))
            na_in += 215 * len(caps)
        food = []
        food_kg = 0.0
        if act == "cycling" and h >= 2.0:
            for j in range(int(h * 1.2)):
                items = r.choice(_RIDE_FOOD)
                food.append((dur * (j + 0.5) / (h * 1.2 + 0.5), items, "ride"))
            if not indoor and h >= 2.5 and typ != "sportive" and r.random() < 0.6:
                food.append((dur * 0.5, r.choice(_CAFE_FOOD), "cafe"))
            for _o, items, _k in food:
                for ndb, g in items:
                    na_in += _FOOD[ndb][4] * g / 100
                    food_kg += g / 1000
        na_loss = sweat * self.na_conc * r.gauss(1, 0.05)
        urine = 0.3 if h >= 3 and r.random() < 0.35 else 0.0
        loss = sweat - drink - food_kg + 0.05 * h + urine
        mass = self._mass_base(i)
        pct = loss / mass * 100
        # HR, distance
        hr = self.hrmax * (0.33 + 0.6 * IF) + 0.5 * max(0, T - 20) + 1.5 * max(0, h - 2) + \
            (3 if indoor else 0) + r.gauss(0, 3)
        if act in ("strength", "yoga", "walking"):
            hr = self.hrmax * r.uniform(0.5, 0.62)
        if act == "cycling":
            if indoor:
                dist = r.uniform(29, 34) * h
            else:
                f = (0.9 + 0.5 * (IF - 0.7)) * (0.78 if typ == "gravel" else 1.0) * \
                    (0.85 if typ == "commute" else 1.0) * (0.95 if sp.get("wet") else 1.0)
                if typ == "sportive":
                    f = 1.0
                dist = self.speed * f * h * r.gauss(1, 0.04)
                if typ == "sportive":
                    dist = self.speed * 1.02 * h * r.gauss(0.93, 0.03)
        elif act == "running":
            dist = h * 60 / r.uniform(5.0, 6.2)
        elif act == "walking":
            dist = h * r.uniform(4.0, 5.0)
        elif act == "hiking":
            dist = h * r.uniform(3.0, 4.0)
        else:
            dist = None
        muscles = {"cycling": ["quadriceps", "glute", "hamstring", "calf"],
                   "running": ["calf", "quadriceps", "hamstring", "glute"],
                   "hiking": ["calf", "quadriceps", "glute"], "walking": ["calf"],
                   "yoga": ["hamstring", "lower_back", "hip_flexor"]}.get(act)
        if act == "strength":
            muscles = r.sample(["quadriceps", "glute", "hamstring", "lower_back", "abdomen", "chest",
                                "shoulder", "upper_back", "biceps", "triceps", "calf"], r.randint(3, 6))
        start = self.at(i, sp["h0"])
        recorded = r.random() > 0.015
        return dict(day=i, start=start, zone=self.zone[i], h0=sp["h0"], dur=dur, typ=typ, act=act,
                    indoor=indoor, IF=IF, rpe=rpe, T=T, RH=RH, sweat=sweat, drink=drink,
                    drinks=drinks, caps=caps, food=food, na_in=na_in, na_loss=na_loss,
                    deficit=na_loss - na_in, loss=loss, pct=pct, hr=hr, dist=dist, muscles=muscles,
                    note=sp.get("note"), wet=sp.get("wet", False), recorded=recorded,
                    load=dur * rpe, end=start + timedelta(minutes=dur))

    def _mass_base(self, i):
        if not hasattr(self, "_mass_arr"):
            r = self.rng
            arr = []
            rw = 0.0
            cut = 0.0
            for j in range(self.n):
                d = self.dates[j]
                rw = 0.97 * rw + r.gauss(0, 0.08)
                if self.diet[j] in ("cut", "def") and (self.diet[j] == "cut" or
                                                        getattr(self, "def_story", "") == "cut"):
                    cut = max(-3.5, cut - 0.045)
                else:
                    cut = min(0.0, cut + 0.02)
                arr.append(self.mass0 + 0.7 * math.cos(2 * math.pi * (d.timetuple().tm_yday - 20) / 365.0)
                           + rw + cut)
            self._mass_arr = arr
        return self._mass_arr[i]

    # ---------------------------------------------------------------- sleep
    def _sleep(self):
        r = self.rng
        n = self.n
        self.nights = [None] * n  # night i: evening of day i -> morning of day i+1
        for i in range(n - 1):
            j = i + 1
            dj = self.dates[j]
            weekend = dj.weekday() >= 5
            wake = self.wake + r.gauss(0, 0.25) + (r.uniform(0.5, 1.5) if weekend else 0.0)
            if self.kind[j] in ("holiday",):
                wake = self.wake + r.uniform(0.5, 1.8)
            morning = [s for s in self.day_sessions[j] if s["h0"] < 9.7]
            if morning:
                s = min(morning, key=lambda x: x["h0"])
                lead = r.uniform(1.5, 2.6) if s["typ"] == "sportive" else r.uniform(0.6, 1.0)
                wake = min(wake, s["h0"] - lead)
            if self.kind[j] == "travel_out":
                wake = min(wake, r.uniform(3.8, 5.2))
            bed = self.bed + r.gauss(0, 0.45)
            early = self.wake - wake
            if early > 0.4:
                bed -= 0.5 * early
            if self.dates[i].weekday() in (4, 5) and r.random() < (0.12 if self.kind[i] != "holiday" else 0.3):
                bed += r.uniform(1.2, 3.0)
                social = True
            else:
                social = False
            if self.stress[i]:
                bed += r.uniform(0.4, 1.5)
                wake -= r.uniform(0.0, 0.6)
            if self.disruptor and r.random() < 0.1:
                wake -= r.uniform(0.8, 2.2)
            if r.random() < 0.05:
                wake -= r.uniform(1.0, 2.2)
            if dj.weekday() < 5 and r.random() < 0.03:
                wake -= r.uniform(1.2, 2.5)  # early train / work trip
            if self.tmin[i] >= 15 or self.tmax[i] >= 27:
                wake -= r.uniform(0.2, 1.2) * _clip((self.tmax[i] - 24) / 6, 0.3, 1.0)
            if self.kind[i] == "ill":
                bed -= r.uniform(0, 1)
            hours = (wake + 24) - bed
            hours = _clip(hours, 3.5, 11.0)
            bed_utc = self.at(i, bed)
            wake_utc = bed_utc + timedelta(hours=hours)
            self.nights[i] = dict(day=i, bed=bed_utc, wake=wake_utc, hours=hours, social=social,
                                  zone_bed=self.zone[i], zone_wake=self.zone[j],
                                  quality=int(_clip(round(3 + (hours - 7) * 0.8 + r.gauss(0, 0.7)), 1, 5)))

    # ---------------------------------------------------------------- diet
    def _diet(self):
        r = self.rng
        n = self.n
        male = self.sex == "male"
        bmr = 10 * self.mass0 + 6.25 * self.height - 5 * self.age + (5 if male else -161)
        self.meals = [[] for _ in range(n)]
        self.day_food_logged = [False] * n
        self.intake = [None] * n
        self.supps = [[] for _ in range(n)]  # (hour, name, dict minerals)
        week_on = r.random() < self.p_food
        nlde = self.region in ("NL", "DE")
        for i in range(n):
            d = self.dates[i]
            if d.weekday() == 0 or i == 0:
                p = self.p_food if self.diet[i] == "normal" else max(self.p_food, 0.82)
                week_on = r.random() < p
            phase = self.diet[i]
            need = bmr * 1.45 + sum(0.8 * s["dur"] * (5 + 9 * s["IF"]) for s in self.day_sessions[i]
                                    if s["act"] != "yoga")
            if phase in ("cut", "def"):
                need -= 450
            ride_food = []
            for s in self.day_sessions[i]:
                for off, items, k in s["food"]:
                    ride_food.append((self.local_h(i, s["start"]) + off / 60.0, items, k))
            rf_kcal = sum(_TEMPLATES[it][0] for _h, it, _k in ride_food)
            pp = 0.9 if phase == "def" else 0.42  # share of low-mineral meals (takeaways, white bread...)
            nb = _B_NORMAL + (_B_NORMAL_NLDE if nlde else [])
            nd_ = _D_NORMAL + (_D_NORMAL_NLDE if nlde else [])

            def pick(normal, poor_):
                return r.choice(poor_) if r.random() < pp else r.choice(normal)
            first = min([s["h0"] for s in self.day_sessions[i]] + [99])
            bh = r.uniform(6.5, 8.0) if first > 9 else max(5.0, first - r.uniform(0.6, 1.0))
            plan = [(bh, "Breakfast", pick(nb, _B_POOR)), (r.uniform(12.0, 13.5), "Lunch", pick(_L_NORMAL, _L_POOR)),
                    (r.uniform(18.5, 20.0), "Dinner", pick(nd_, _D_POOR))]
            for _k in range(r.randint(1, 2)):
                plan.append((r.choice([10.5, 15.5, 21.0]) + r.uniform(-0.4, 0.4), "Snacks", pick(_S_NORMAL, _S_POOR)))
            base_kcal = sum(_TEMPLATES[it][0] for _h, _n, it in plan)
            f = _clip((need - rf_kcal) / max(300.0, base_kcal) * r.gauss(1, 0.08), 0.6, 1.7)
            meals = []
            for hh, name, it in plan:
                if name != "Snacks":
                    for s in self.day_sessions[i]:
                        if s["h0"] - 0.3 <= hh <= s["h0"] + s["dur"] / 60.0:
                            hh = s["h0"] + s["dur"] / 60.0 + r.uniform(0.3, 0.9)
                meals.append((hh, name, it, f))
            for hh, items, k in ride_food:
                meals.append((hh, "Ride food" if k == "ride" else "Cafe stop", items, 1.0))
            meals.sort(key=lambda x: x[0])
            self.meals[i] = meals
            self.day_food_logged[i] = week_on and r.random() < 0.92 and not self.gap_manual[i] and \
                self.kind[i] not in ("holiday",)
            tot = [0.0, 0.0, 0.0, 0.0, 0.0]  # kcal, ca, mg, k, na
            for _h, _n, items, ff in meals:
                tt = _TEMPLATES[items]
                for q in range(5):
                    tot[q] += tt[q] * ff
            # supplements (true intake includes them)
            if self.vitd and d.month in (10, 11, 12, 1, 2, 3):
                self.supps[i].append((bh + 0.1, "vitamin D3 1000 IU", {}))
            if self.multivit:
                self.supps[i].append((bh + 0.1, "multivitamin", {"magnesium_mg": 100, "calcium_mg": 160,
                                                                  "potassium_mg": 80}))
                tot[2] += 100
                tot[1] += 160
                tot[3] += 80
            if self.creatine:
                self.supps[i].append((bh + 0.15, "creatine monohydrate 5 g", {}))
            self.intake[i] = tot
        if self.cause == "nutrient_deficiency" and self.def_end is not None and r.random() < 0.5:
            mg = r.choice([200, 250, 300])
            for i in range(self.def_end, min(n, self.def_end + r.randint(30, 70))):
                self.supps[i].append((21.5, f"magnesium citrate {mg} mg", {"magnesium_mg": mg}))
                self.intake[i][2] += mg
            self.def_supp = True
        # trailing 14-day means (true)
        self.mg14 = [0.0] * n
        self.k14 = [0.0] * n
        for i in range(n):
            a = max(0, i - 13)
            m = i - a + 1
            self.mg14[i] = sum(self.intake[j][2] for j in range(a, i + 1)) / m
            self.k14[i] = sum(self.intake[j][3] for j in range(a, i + 1)) / m

    # ---------------------------------------------------------------- loads
    def _loads(self):
        n = self.n
        self.load = [sum(s["load"] for s in self.day_sessions[i]) for i in range(n)]
        self.acwr = [None] * n
        for i in range(28, n):
            acute = sum(self.load[i - 6:i + 1])
            chronic = sum(self.load[i - 27:i + 1]) / 4.0
            if chronic >= 300:
                self.acwr[i] = acute / chronic

    # ---------------------------------------------------------------- episodes
    def _ep(self, utc, zone, kind, muscle, during, linked, **kw):
        e = dict(utc=utc, zone=zone, kind=kind, muscle=muscle, during=during, linked=linked)
        e.update(kw)
        return e

    def _pick_muscle(self, act, pool="exercise"):
        r = self.rng
        if pool == "exercise":
            if act == "running":
                return r.choices(["calf", "hamstring", "quadriceps", "foot"], [45, 25, 15, 15])[0]
            if act in ("walking", "hiking"):
                return r.choices(["calf", "foot", "quadriceps"], [55, 30, 15])[0]
            if act == "strength":
                return r.choices(["hamstring", "quadriceps", "abdomen", "calf", "hand"], [30, 25, 15, 20, 10])[0]
            return r.choices(["quadriceps", "calf", "hamstring", "adductor", "foot", "toes"],
                             [32, 22, 20, 16, 5, 5])[0]
        if pool == "night":
            return r.choices(["calf", "foot", "toes", "hamstring"], [60, 18, 12, 10])[0]
        if pool == "rest":
            return r.choices(["foot", "toes", "hand", "fingers", "hamstring", "calf", "neck"],
                             [25, 20, 12, 10, 13, 15, 5])[0]
        if pool == "twitch":
            return r.choices(["eyelid", "calf", "quadriceps", "face", "fingers"], [55, 25, 10, 5, 5])[0]
        if pool == "whole":
            return r.choices(["quadriceps", "calf", "hamstring", "adductor", "abdomen", "hand",
                              "fingers", "forearm"], [25, 22, 18, 12, 8, 7, 5, 3])[0]
        return "calf"

    def _ep_during(self, s, lo, hi, linked, muscle=None, pool="exercise"):
        f = self.rng.uniform(lo, hi)
        t = s["start"] + timedelta(minutes=s["dur"] * f)
        return self._ep(t, s["zone"], "spasm", muscle or self._pick_muscle(s["act"], pool),
                        "exercise", linked)

    def _ep_after(self, s, lo, hi, linked, muscle=None, kind="spasm"):
        t = s["end"] + timedelta(minutes=self.rng.uniform(lo, hi))
        return self._ep(t, s["zone"], kind, muscle or self._pick_muscle(s["act"]),
                        "after_exercise" if kind == "spasm" else "rest", linked)

    def _ep_night(self, i, linked, muscle=None):
        nt = self.nights[i] if 0 <= i < self.n else None
        if nt is None:
            return None
        span = (nt["wake"] - nt["bed"]).total_seconds() / 3600.0
        t = nt["bed"] + timedelta(hours=self.rng.uniform(1.2, max(1.3, span - 0.3)))
        return self._ep(t, nt["zone_wake"], "spasm",
                        muscle or self._pick_muscle(None, "night"), "sleep", linked)

    def _ep_rest(self, i, linked, kind="spasm", muscle=None, lo=7.5, hi=22.3):
        r = self.rng
        for _ in range(12):
            h = r.uniform(lo, hi)
            t = self.at(i, h)
            if all(not (s["start"] - timedelta(minutes=15) <= t <= s["end"] + timedelta(minutes=60))
                   for s in self.day_sessions[i]):
                pool = "twitch" if kind == "twitch" else "rest"
                return self._ep(t, self.zone[i], kind, muscle or self._pick_muscle(None, pool), "rest", linked)
        return None

    def _in_window(self, e):
        return e is not None and self.obs_start_utc <= e["utc"] < self.obs_stop_utc

    def _manual_ok(self, i):
        return 0 <= i < self.n and not self.gap_manual[i]

    def _exposures(self, c):
        units = []
        o = self.obs0
        if c in ("dehydration", "electrolyte_loss", "heat", "muscle_fatigue"):
            for s in self.sessions:
                i = s["day"]
                if i < o + (14 if c == "muscle_fatigue" else 0) or i >= self.n - 1:
                    continue
                if not s["recorded"] or not self._manual_ok(i):
                    continue
                w = 0.0
                if c == "dehydration":
                    if s["dur"] >= 45 and s["pct"] >= 2.0:
                        w = s["pct"] - 1.6
                elif c == "electrolyte_loss":
                    if s["deficit"] >= 2800:
                        w = (s["deficit"] - 2300) / 1500.0
                elif c == "heat":
                    if s["dur"] >= 30 and s["act"] not in ("yoga",):
                        te = s["T"] + (0.04 * (s["RH"] - 50) if s["T"] > 20 else 0.0)
                        if te >= 24:
                            w = (te - 23) / 3.0 * min(1.0, s["dur"] / 75.0)
                else:
                    w = self._fatigue_w(s)
                    if w < 0.25:
                        w = 0.0
                if w > 0:
                    units.append((w, s))
        elif c == "training_load_spike":
            for i in range(o + 28, self.n - 1):
                a = self.acwr[i]
                if a is not None and a >= 1.5 and self._manual_ok(i):
                    units.append((min(1.5, a - 1.35), i))
        elif c == "sleep_debt":
            for i in range(o + 10, self.n - 2):
                nt = self.nights[i]
                prev = [self.nights[j]["hours"] for j in range(max(0, i - 21), i)]
                prev.sort()
                usual = prev[len(prev) // 2]
                deficit = usual - nt["hours"]
                if deficit >= 1.5 and self._manual_ok(i + 1):
                    units.append((deficit - 1.2, i))
        elif c == "medication":
            s0, end, _m = self.med_plan
            last = self.n - 1 if end is None else min(self.n - 1, end + 4)
            for i in range(s0 + 4, last):
                if self._manual_ok(i):
                    units.append((min(1.0, (i - s0) / 18.0) + 0.15, i))
        elif c == "nutrient_deficiency":
            for i in range(o + 7, self.n - 1):
                mgr = self.mg14[i] / self.rda_mg
                kr = self.k14[i] / self.ai_k
                w = 3 * max(0.0, 0.72 - mgr) + 1.5 * max(0.0, 0.65 - kr)
                if w >= 0.15 and self._manual_ok(i):
                    units.append((w, i))
        return units

    def _fatigue_w(self, s):
        if s["act"] not in _LEG_ACTS or s["dur"] < 60:
            return 0.0
        i = s["day"]
        prior = [x["dur"] for j in range(max(0, i - 42), i) for x in self.day_sessions[j]
                 if x["act"] in _LEG_ACTS and x["dur"] >= 30]
        if len(prior) >= 5:
            prior.sort()
            usual = prior[min(len(prior) - 1, int(0.85 * len(prior)))]
        else:
            usual = self.long_h * 60
        w = 1.5 * max(0.0, s["dur"] / usual - 1.1)
        if s["dur"] >= 90:
            cnt = 0
            for j in range(i - 1, max(-1, i - 4), -1):
                if any(x["act"] in _LEG_ACTS and x["dur"] >= 90 for x in self.day_sessions[j]):
                    cnt += 1
                else:
                    break
            w += 0.3 * min(cnt, 3)
        if s["dur"] >= 150 and s["rpe"] >= 7.5:
            w += 0.3
        return w

    def _linked(self, c, u):
        """Episodes for one chosen exposed unit."""
        r = self.rng
        out = []
        if c in ("dehydration", "electrolyte_loss", "heat", "muscle_fatigue"):
            s = u
            x = r.random()
            pool = "whole" if c == "electrolyte_loss" else "exercise"
            lo = 0.7 if c == "muscle_fatigue" else 0.6
            p_during = {"muscle_fatigue": 0.65, "electrolyte_loss": 0.5}.get(c, 0.55)
            if x < p_during:
                e = self._ep_during(s, lo, 0.98, True, pool=pool)
                if c == "electrolyte_loss":
                    e["muscle"] = self._pick_muscle(s["act"])
            elif x < p_during + 0.3:
                e = self._ep_after(s, 5, 150, True)
            else:
                e = self._ep_night(s["day"], True)
            if e is None:
                return out
            out.append(e)
            p2 = {"electrolyte_loss": 0.4, "muscle_fatigue": 0.2}.get(c, 0.15)
            while r.random() < p2 and len(out) < 3:
                t = e["utc"] + timedelta(minutes=r.uniform(2, 40))
                m = self._pick_muscle(s["act"], "whole" if c == "electrolyte_loss" else "exercise")
                during = e["during"]
                if during == "exercise" and t > s["end"]:
                    during = "after_exercise"
                out.append(self._ep(t, e["zone"], "spasm", m, during, True))
                p2 *= 0.6
            if c == "electrolyte_loss":
                for q in out:
                    if r.random() < 0.5:
                        q["side"] = "both"
            return out
        if c == "training_load_spike":
            i = u
            ss = [s for s in self.day_sessions[i] if s["recorded"]]
            x = r.random()
            if ss and x < 0.55:
                s = r.choice(ss)
                e = self._ep_during(s, 0.3, 1.0, True) if r.random() < 0.75 else self._ep_after(s, 5, 180, True)
            elif x < 0.8:
                e = self._ep_night(i, True)
            else:
                e = self._ep_rest(i, True, kind=r.choice(["spasm", "twitch"]))
                if e is not None and e["kind"] == "spasm":
                    e["muscle"] = r.choice(["calf", "hamstring", "quadriceps", "foot"])
            return [e] if e else []
        if c == "sleep_debt":
            i = u
            nt = self.nights[i]
            j = i + 1
            wake_h = self.local_h(j, nt["wake"])
            ss = [s for s in self.day_sessions[j] if s["recorded"]]
            x = r.random()
            if ss and x < 0.3:
                e = self._ep_during(r.choice(ss), 0.2, 0.95, True)
                if r.random() < 0.3:
                    e["kind"] = "twitch"
            elif x < 0.8:
                e = self._ep_rest(j, True, kind="twitch", lo=wake_h + 0.5, hi=min(23.0, wake_h + 16))
            else:
                e = self._ep_rest(j, True, kind="spasm", lo=wake_h + 0.5, hi=min(23.0, wake_h + 16))
            return [e] if e else []
        if c == "medication":
            i = u
            x = r.random()
            ss = [s for s in self.day_sessions[i] if s["recorded"]]
            if x < 0.55 or (x >= 0.75 and not ss):
                e = self._ep_night(i, True, muscle=r.choices(["calf", "foot", "hamstring", "toes", "quadriceps"],
                                                             [50, 18, 14, 10, 8])[0])
            elif x < 0.75:
                e = self._ep_rest(i, True, muscle=r.choice(["calf", "hamstring", "quadriceps", "foot"]))
            else:
                s = r.choice(ss)
                e = self._ep_during(s, 0.2, 1.0, True)
            return [e] if e else []
        if c == "nutrient_deficiency":
            i = u
            x = r.random()
            ss = [s for s in self.day_sessions[i] if s["recorded"]]
            if x < 0.4:
                e = self._ep_rest(i, True, kind="twitch",
                                  muscle=r.choices(["eyelid", "calf", "quadriceps", "face"], [45, 35, 12, 8])[0])
            elif x < 0.7:
                e = self._ep_night(i, True)
            elif x < 0.85 or not ss:
                e = self._ep_rest(i, True, muscle=r.choice(["hand", "fingers", "foot", "toes", "calf"]))
            else:
                e = self._ep_during(r.choice(ss), 0.2, 1.0, True)
            return [e] if e else []
        return out

    def _plant(self, relaxed):
        r = self.rng
        self.obs_start_utc = self._utc(self.home, datetime.combine(self.dates[self.obs0], time(0)))
        self.obs_stop_utc = self._utc(self.home, datetime.combine(self.dates[-1] + timedelta(days=1), time(0)))
        c = self.cause
        self.n_exposed = 0
        self.n_linked = 0
        if c is None:
            return True
        units = self._exposures(c)
        self.n_exposed = len(units)
        max_units = int((0.75 if relaxed else 0.5) * len(units))
        if max_units < (6 if relaxed else 9) and not self.force:
            return False
        target = r.randint(9, 20)
        keyed = sorted(((r.random() ** (1.0 / (w ** 1.3)), k) for k, (w, _u) in enumerate(units)),
                       reverse=True)
        total = used = 0
        for _key, k in keyed:
            if total >= target or used >= max_units:
                break
            eps = [e for e in self._linked(c, units[k][1]) if self._in_window(e)
                   and self._manual_ok(self._day_of(e["utc"]))]
            if not eps:
                continue
            eps = eps[:target - total]
            for e in eps:
                e["cause"] = c
            self.episodes.extend(eps)
            total += len(eps)
            used += 1
        self.n_linked = total
        self.n_units_used = used
        return total >= 9 or (relaxed and total >= 7) or self.force

    def _day_of(self, utc):
        i = int((utc - datetime.combine(self.sim0, time(0))).total_seconds() // 86400)
        return _clip(i, 0, self.n - 1)

    # ---------------------------------------------------------------- background
    def _background(self):
        r = self.rng
        lam = self.bg_rate * self.L / 7.0
        k = 0
        L = lam
        p = 1.0
        lim = math.exp(-L) if L < 30 else 0.0
        if L < 30:
            while True:
                p *= r.random()
                if p <= lim:
                    break
                k += 1
        else:
            k = int(round(r.gauss(L, math.sqrt(L))))
        if self.cause is None:
            k = max(k, 5 + r.randint(0, 3))
        else:
            k = max(k, 2)
        obs_days = [i for i in range(self.obs0, self.n - 1) if self._manual_ok(i)]
        obs_sess = [s for s in self.sessions if s["day"] >= self.obs0 and s["recorded"]
                    and self._manual_ok(s["day"]) and s["day"] < self.n - 1]
        made = 0
        guard = 0
        while made < k and guard < 200:
            guard += 1
            typ = r.choices(["night", "eyelid", "twitch", "rest", "exercise"], [35, 22, 15, 16, 12])[0]
            i = r.choice(obs_days)
            eps = []
            if typ == "night":
                eps = [self._ep_night(i, False)]
            elif typ == "eyelid":
                m = r.randint(1, 3)
                for q in range(m):
                    j = i + q * r.randint(1, 3)
                    if j < self.n - 1 and self._manual_ok(j):
                        eps.append(self._ep_rest(j, False, kind="twitch", muscle="eyelid"))
            elif typ == "twitch":
                eps = [self._ep_rest(i, False, kind="twitch", muscle=r.choice(["calf", "calf", "quadriceps", "fingers"]))]
            elif typ == "rest":
                eps = [self._ep_rest(i, False)]
            else:
                if obs_sess:
                    s = r.choice(obs_sess)
                    e = self._ep_during(s, 0.05, 1.0, False,
                                        muscle=r.choice(["foot", "toes", "calf", "hamstring", "quadriceps"]))
                    eps = [e]
            for e in eps:
                if e is not None and self._in_window(e) and made < k:
                    e["cause"] = None
                    self.episodes.append(e)
                    made += 1
        self.episodes.sort(key=lambda e: e["utc"])

    def _reverse_supplements(self):
        """After a cluster of cramps some people buy magnesium (no effect on anything)."""
        r = self.rng
        self.mg_reactive = None
        if self.cause == "nutrient_deficiency":
            return
        sp = [e for e in self.episodes if e["kind"] == "spasm"]
        for a in range(len(sp) - 2):
            if (sp[a + 2]["utc"] - sp[a]["utc"]).days <= 14:
                if r.random() < 0.35:
                    i0 = self._day_of(sp[a + 2]["utc"]) + 1
                    mg = r.choice([150, 200, 250, 300])
                    name = r.choice([f"magnesium citrate {mg} mg", f"magnesium glycinate {mg} mg",
                                     f"magnesium bisglycinate {mg} mg"])
                    for i in range(i0, min(self.n, i0 + r.randint(21, 60))):
                        self.supps[i].append((21.5, name, {"magnesium_mg": mg}))
                    self.mg_reactive = i0
                break

    # ---------------------------------------------------------------- emission
    def _q_mass(self, kg):
        if self.u_mass == "lb":
            return f"{kg / 0.45359237:.1f} lb"
        return round(kg, 1 if self.rng.random() < 0.8 else 2)

    def _q_ml(self, ml, manual=False):
        if self.u_fluid == "oz":
            return f"{round(ml / 29.5735)} oz"
        if manual and self.rng.random() < 0.08:
            return f"{int(ml)} ml"
        return int(round(ml))

    def _q_temp(self, t):
        if self.u_temp == "F":
            return f"{round(t * 9 / 5 + 32)} degF"
        return round(t, 1) if self.device != "garmin" else int(round(t))

    def _q_dist(self, km):
        if self.u_dist == "mi":
            return f"{km / 1.609344:.1f} mi"
        return round(km, 2)

    def _emit(self):
        r = self.rng
        objs = []  # (utc, obj)
        o = self.obs0
        nm = self.n

        def add(utc, obj):
            objs.append((utc, obj))

        # profile
        prof = {"type": "profile", "sex": self.sex, "birth_year": self.birth_year,
                "body_mass_kg": (f"{round(self.mass0 / 0.45359237)} lb" if self.u_mass == "lb"
                                 else round(self.mass0, 1)),
                "height_cm": (f"{round(self.height / 2.54)} in" if self.u_temp == "F"
                              else round(self.height)),
                "timezone": self.tzname}
        if self.sex == "female" and r.random() < 0.3:
            prof["pregnant"] = False
        # medications
        meds = []
        if self.med_plan:
            s0, end, (name, note) = self.med_plan
            m = {"type": "medication", "name": name, "start": self.dates[s0].isoformat(), "notes": note}
            if end is not None:
                m["end"] = self.dates[end].isoformat()
                m["notes"] = note + ("; stopped after talking to GP about the cramps" if r.random() < 0.6
                                     else "; switched off")
            meds.append((self.at(s0, 8), m))
        if r.random() < 0.3:
            d0 = r.randrange(o, nm - 40)
            for d in range(d0, nm):
                if self.dates[d].month in (4, 5, 6):
                    d0 = d
                    break
            m = {"type": "medication", "name": r.choice(["cetirizine", "loratadine", "fexofenadine"]),
                 "start": self.dates[d0].isoformat(),
                 "end": self.dates[min(nm - 1, d0 + r.randint(40, 100))].isoformat(), "notes": "hay fever"}
            meds.append((self.at(d0, 8), m))
        if self.injury_day is not None:
            d0 = self.injury_day
            meds.append((self.at(d0, 12), {"type": "medication", "name": "ibuprofen",
                                           "start": self.dates[d0].isoformat(),
                                           "end": self.dates[min(nm - 1, d0 + 7)].isoformat(),
                                           "notes": "400 mg as needed after the crash"}))
            meds.append((self.at(d0, 12), {"type": "medication", "name": "paracetamol",
                                           "start": self.dates[d0].isoformat(),
                                           "end": self.dates[min(nm - 1, d0 + 5)].isoformat()}))
        ill = [i for i in range(o, nm) if self.kind[i] == "ill" and self.kind[i - 1] != "ill"]
        if ill and r.random() < 0.35:
            d0 = ill[0]
            meds.append((self.at(d0, 10), {"type": "medication", "name": "amoxicillin",
                                           "start": self.dates[d0].isoformat(),
                                           "end": self.dates[min(nm - 1, d0 + 7)].isoformat(),
                                           "notes": "chest infection"}))
        if self.age >= 45 and r.random() < 0.15:
            meds.append((self.at(o, 0), {"type": "medication",
                                         "name": "ramipril" if self.region == "GB" else "lisinopril",
                                         "start": (self.dates[o] - timedelta(days=r.randint(300, 1500))).isoformat(),
                                         "notes": "blood pressure"}))
        if self.cause != "medication" and self.age >= 48 and r.random() < 0.12:
            meds.append((self.at(o, 0), {"type": "medication", "name": "atorvastatin",
                                         "start": (self.dates[o] - timedelta(days=r.randint(400, 1600))).isoformat(),
                                         "notes": "10 mg, long-standing"}))
        for t, m in meds:
            add(t, m)

        wz = None if self.workout_utc else "local"
        # workouts, bottles, salt caps, weigh-ins
        src = self.device
        for s in self.sessions:
            i = s["day"]
            if i < o or s["end"] >= self.obs_stop_utc:
                continue
            zone = None if wz is None else s["zone"]
            if not s["recorded"]:
                if r.random() < 0.5 and not self.gap_manual[i]:
                    add(s["start"], {"type": "workout", "time": self.iso(s["start"], s["zone"], step=900),
                                     "duration_min": int(round(s["dur"] / 15.0) * 15) or 15,
                                     "activity": s["act"], "notes": "manual entry, head unit died"})
                continue
            w = {"type": "workout", "id": self._id(f"{src}-"),
                 "time": self.iso(s["start"], zone, z=self.z_style, step=0),
                 "duration_min": round(s["dur"], 1), "activity": s["act"]}
            if r.random() < self.p_rpe:
                w["rpe"] = int(_clip(round(s["rpe"] + r.gauss(0, 0.6)), 1, 10))
            hr_ok = s["act"] in ("cycling", "running", "hiking") and not self.gap_hr[i]
            if hr_ok and r.random() < 0.97:
                w["avg_hr"] = int(_clip(round(s["hr"]), 60, 200))
            if s["dist"] is not None and (not s["indoor"] or r.random() < 0.85):
                w["distance_km"] = self._q_dist(s["dist"])
            if s["act"] in ("cycling", "running", "hiking", "walking") and r.random() < self.p_temp:
                w["temperature_c"] = self._q_temp(s["T"] + r.gauss(0, 0.7))
            if not s["indoor"] and r.random() < self.p_humidity:
                w["humidity_pct"] = int(round(s["RH"]))
            if s["muscles"] and (s["act"] == "strength" or r.random() < self.p_muscles):
                w["muscle_groups"] = list(s["muscles"])
            if s["typ"] in ("intervals",) or (s["typ"] == "indoor" and r.random() < 0.6):
                w["warm_up_min"] = r.choice([10, 12, 15])
                w["cool_down_min"] = r.choice([5, 8, 10])
            title = s["note"]
            if title is None:
                if s["indoor"] and s["act"] == "cycling":
                    title = r.choice(["Zwift - Watopia", "Zwift - Makuri Islands", "TrainerRoad - Sweet Spot",
                                      "Zwift race", "Indoor ride", "Zwift group ride"])
                elif s["act"] == "cycling":
                    h0 = s["h0"]
                    title = ("Morning Ride" if h0 < 11 else "Lunch Ride" if h0 < 14 else "Evening Ride")
                    if self.lang == "NL":
                        title = {"Morning Ride": "Ochtendrit", "Lunch Ride": "Middagrit",
                                 "Evening Ride": "Avondrit"}[title]
                    elif self.lang == "DE":
                        title = {"Morning Ride": "Morgenrunde", "Lunch Ride": "Mittagsrunde",
                                 "Evening Ride": "Abendrunde"}[title]
                    if s["typ"] == "gravel":
                        title = "Gravel loop"
                    if s["wet"]:
                        title += " (wet)"
                else:
                    title = {"running": "Run", "walking": "Walk", "hiking": "Hike", "strength": "Gym - legs/core",
                             "yoga": "Yoga"}[s["act"]]
            if r.random() < 0.9:
                w["notes"] = title
            add(s["start"], w)
            if r.random() < 0.012:
                add(s["start"], dict(w))  # double sync, same id
            # bottles
            if s["drinks"] and not self.gap_manual[i] and r.random() < self.p_ride_fluid:
                for off, ml, dk, na, brand in s["drinks"]:
                    t = s["start"] + timedelta(minutes=off)
                    f = {"type": "fluid", "time": self.iso(t, zone, z=self.z_style, step=60),
                         "ml": self._q_ml(ml), "drink": dk}
                    if na is not None:
                        f["sodium_mg"] = na
                    if brand:
                        f["notes"] = brand
                    add(t, f)
                for off in s["caps"]:
                    t = s["start"] + timedelta(minutes=off)
                    add(t, {"type": "supplement", "time": self.iso(t, s["zone"], step=300),
                            "name": "SaltStick cap", "sodium_mg": 215, "potassium_mg": 63})
            # weigh-ins
            long_enough = s["dur"] >= (60 if s["indoor"] else 75) and s["act"] == "cycling"
            if long_enough and not self.gap_scale[i] and r.random() < self.p_prepost:
                mb = self._mass_base(i) + (0.5 if s["h0"] > 10 else 0.2) + r.gauss(0, 0.15)
                t1 = s["start"] - timedelta(minutes=r.uniform(5, 20))
                t2 = s["end"] + timedelta(minutes=r.uniform(8, 35))
                post = mb - s["loss"] + r.gauss(0, 0.1) + (0.3 if r.random() < 0.15 else 0.0)
                sid = self.scale
                add(t1, {"type": "body_mass", "id": self._id(f"{sid}-"), "time": self.iso(t1, s["zone"], step=0),
                         "kg": self._q_mass(mb), "context": "pre_workout"})
                add(t2, {"type": "body_mass", "id": self._id(f"{sid}-"), "time": self.iso(t2, s["zone"], step=0),
                         "kg": self._q_mass(post), "context": "post_workout"})
            # recovery drinks
            if s["act"] == "cycling" and s["dur"] >= 150 and not self.gap_manual[i] \
                    and r.random() < self.p_daily_fluid + 0.2:
                t = s["end"] + timedelta(minutes=r.uniform(15, 60))
                if self.ors_habit and s["sweat"] > 2.5 and r.random() < 0.5:
                    add(t, {"type": "fluid", "time": self.iso(t, s["zone"]), "ml": self._q_ml(500, True),
                            "drink": "ors", "notes": "rehydration sachet"})
                elif self.diet[i] != "def" and r.random() < 0.4:
                    add(t, {"type": "fluid", "time": self.iso(t, s["zone"]), "ml": self._q_ml(400, True),
                            "drink": "milk", "notes": "chocolate milk"})
                else:
                    add(t, {"type": "fluid", "time": self.iso(t, s["zone"]), "ml": self._q_ml(r.choice([500, 750]), True),
                            "drink": "water"})
        # near-duplicate upload
        rec = [x for x in objs if x[1].get("type") == "workout" and "id" in x[1]]
        if rec and r.random() < 0.25:
            t, w = r.choice(rec)
            w2 = dict(w)
            w2["id"] = self._id("strava-", 11)
            t2 = t + timedelta(seconds=r.randint(20, 120))
            w2["time"] = self.iso(t2, None if self.workout_utc else self.home, z=self.z_style, step=0)
            w2["duration_min"] = round(max(1.0, w["duration_min"] - r.uniform(0.2, 1.5)), 1)
            w2.pop("rpe", None)
            add(t2, w2)
        # mornings, daily fluids, sleep, meals, supplements
        for i in range(o, nm):
            z = self.zone[i]
            nt = self.nights[i - 1] if i >= 1 else None
            wake_h = self.local_h(i, nt["wake"]) if nt else self.wake
            if not self.gap_scale[i] and r.random() < self.p_weigh_morning:
                t = self.at(i, wake_h + r.uniform(0.05, 0.4))
                if not any(s["start"] - timedelta(minutes=25) <= t <= s["end"] for s in self.day_sessions[i]):
                    add(t, {"type": "body_mass", "id": self._id(f"{self.scale}-"), "time": self.iso(t, z, step=0),
                            "kg": self._q_mass(self._mass_base(i) + r.gauss(0, 0.3)), "context": "morning"})
            if not self.gap_scale[i] and r.random() < 0.04:
                t = self.at(i, r.uniform(19, 22))
                add(t, {"type": "body_mass", "id": self._id(f"{self.scale}-"), "time": self.iso(t, z, step=0),
                        "kg": self._q_mass(self._mass_base(i) + 0.8 + r.gauss(0, 0.3)), "context": "other"})
            if not self.gap_manual[i]:
                if r.random() < self.p_daily_fluid:
                    t = self.at(i, wake_h + r.uniform(0.3, 1.0))
                    add(t, {"type": "fluid", "time": self.iso(t, z), "ml": self._q_ml(r.choice([200, 250, 300]), True),
                            "drink": "coffee"})
                    if r.random() < 0.5:
                        t = self.at(i, r.uniform(10, 11.5))
                        add(t, {"type": "fluid", "time": self.iso(t, z), "ml": self._q_ml(r.choice([200, 250])),
                                "drink": r.choice(["coffee", "tea"])})
                if r.random() < self.p_daily_fluid * 0.7:
                    for _q in range(r.randint(1, 3)):
                        t = self.at(i, r.uniform(9, 21))
                        add(t, {"type": "fluid", "time": self.iso(t, z), "ml": self._q_ml(r.choice([250, 330, 500]), True),
                                "drink": "water"})
                nti = self.nights[i] if i < nm else None
                if nti and nti["social"] and r.random() < 0.5:
                    bed_h = self.local_h(i, nti["bed"])
                    for q in range(r.randint(2, 4)):
                        t = self.at(i, bed_h - 3.5 + q * 0.8)
                        add(t, {"type": "fluid", "time": self.iso(t, z),
                                "ml": "1 pint" if self.region == "GB" and r.random() < 0.6 else self._q_ml(500),
                                "drink": "beer"})
            # sleep (night i -> i+1)
            if i < nm - 1:
                n_ = self.nights[i]
                manual_ok = not self.gap_manual[i + 1]
                if self.sleep_mode == "app" and r.random() < self.p_sleep:
                    sl = {"type": "sleep", "id": f"sleep-{self.dates[i + 1].isoformat()}",
                          "time": self.iso(n_["bed"], n_["zone_bed"]),
                          "end": self.iso(n_["wake"], n_["zone_wake"])}
                    if r.random() < 0.6:
                        sl["quality"] = n_["quality"]
                    add(n_["bed"], sl)
                elif self.sleep_mode == "manual" and manual_ok and r.random() < self.p_sleep:
                    sl = {"type": "sleep", "time": self.iso(n_["bed"], n_["zone_bed"], step=900),
                          "hours": round(n_["hours"] * 4) / 4.0}
                    if r.random() < 0.4:
                        sl["quality"] = n_["quality"]
                    add(n_["bed"], sl)
            # meals
            if self.day_food_logged[i]:
                meals = list(self.meals[i])
                if r.random() < 0.08 and len(meals) > 2:
                    meals.pop(r.randrange(len(meals)))
                for hh, name, tmpl, ff in meals:
                    items = [(nd, g if ff == 1.0 else max(5, int(round(g * ff / 5.0)) * 5)) for nd, g in tmpl]
                    t = self.at(i, hh)
                    m = {"type": "meal", "time": self.iso(t, z, step=300)}
                    if r.random() < 0.04:
                        m["energy_kcal"] = int(round(sum(_FOOD[nd][0] * g / 100 for nd, g in items), -1))
                        m["notes"] = f"{name} (quick add)"
                    elif self.food_fmt == "totals":
                        tot = [sum(_FOOD[nd][q] * g / 100 for nd, g in items) for q in range(5)]
                        m.update({"energy_kcal": int(round(tot[0])), "calcium_mg": int(round(tot[1])),
                                  "magnesium_mg": int(round(tot[2])), "potassium_mg": int(round(tot[3])),
                                  "sodium_mg": int(round(tot[4]))})
                        m["notes"] = name
                    else:
                        its = []
                        for nd, g in items:
                            if self.food_fmt == "names" and nd in _FOOD_NAME and r.random() < 0.85:
                                its.append({"food": _FOOD_NAME[nd], "grams": g})
                            else:
                                its.append({"ndb_no": nd, "grams": g})
                        m["items"] = its
                        m["notes"] = name
                    m["id"] = f"{self.food_app}-{self.dates[i].isoformat()}-{name.lower().replace(' ', '')}-{int(hh * 60)}"
                    add(t, m)
            # supplements
            if not self.gap_manual[i]:
                for hh, name, minerals in self.supps[i]:
                    p = 0.85 if "magnesium" in name else 0.6
                    if r.random() < p:
                        t = self.at(i, hh + r.uniform(-0.2, 0.2))
                        sp = {"type": "supplement", "time": self.iso(t, z, step=300), "name": name}
                        sp.update(minerals)
                        add(t, sp)
        # episodes
        relief_pool_ex = [["stretching"], ["stretching", "walking_it_off"], ["massage"], ["stretching", "massage"],
                          ["stretching", "hydration"]]
        for e in self.episodes:
            d = {"type": "episode", "time": self.iso(e["utc"], e["zone"], step=300)}
            kind = e["kind"]
            d["kind"] = ("cramp" if kind == "spasm" else "fasciculation") if r.random() < 0.08 else kind
            mus = e["muscle"]
            if mus in _ALIASES and r.random() < self.p_alias:
                mus = r.choice(_ALIASES[mus])
            d["muscle"] = mus
            if mus not in ("eyelid", "eye", "abdomen", "abs", "neck", "face") and r.random() < 0.85:
                d["side"] = e.get("side") or r.choices(["left", "right", "both"], [42, 42, 16])[0]
            if r.random() < 0.85:
                if kind == "spasm":
                    base = 90 if e["during"] == "sleep" else 45
                    d["duration_s"] = int(_clip(round(base * math.exp(r.gauss(0, 0.7)) / 5) * 5, 5, 900))
                else:
                    base = 600 if e["muscle"] == "eyelid" else 120
                    d["duration_s"] = int(_clip(round(base * math.exp(r.gauss(0, 0.9)) / 10) * 10, 10, 7200))
            if r.random() < 0.85:
                d["pain"] = int(_clip(round(r.gauss(6.3, 1.5)), 2, 10)) if kind == "spasm" \
                    else r.choice([0, 0, 0, 1, 1, 2])
            if r.random() < 0.9:
                d["during"] = e["during"]
            if kind == "spasm" and r.random() < 0.8:
                rel = list(r.choice(relief_pool_ex))
                if e["during"] == "sleep":
                    rel = r.choice([["stretching"], ["stretching", "walking_it_off"], ["massage"], ["walking_it_off"]])
                elif self.pickle and e["during"] in ("exercise", "after_exercise") and r.random() < 0.4:
                    rel = rel + ["pickle_juice"]
                d["relief"] = rel
                d["relieved"] = r.random() < 0.88
            elif kind == "twitch" and r.random() < 0.25:
                d["relief"] = [r.choice(["rest", "massage", "other"])]
                d["relieved"] = r.random() < 0.4
            if r.random() < 0.05:
                d["flags"] = {"swelling": False, "weakness": False}
            note = self._ep_note(e)
            if note and r.random() < 0.6:
                d["notes"] = note
            add(e["utc"], d)
        # order: profile first, then by time (meds by their start)
        objs = [x for x in objs if (x[1]["type"] == "medication") or
                (self.obs_start_utc <= x[0] < self.obs_stop_utc)]
        objs.sort(key=lambda x: x[0])
        self.objects = [prof] + [x[1] for x in objs]
        off = self._offset(self.home, self.obs_start_utc)
        self.start = (self.obs_start_utc + timedelta(minutes=off)).replace(tzinfo=timezone(timedelta(minutes=off)))
        off2 = self._offset(self.home, self.obs_stop_utc)
        self.stop = (self.obs_stop_utc + timedelta(minutes=off2)).replace(tzinfo=timezone(timedelta(minutes=off2)))

    def _ep_note(self, e):
        r = self.rng
        m, dur = e["muscle"], e["during"]
        if self.lang == "NL" and r.random() < 0.6:
            return {"sleep": "kramp in de nacht, wakker geworden", "exercise": "kramp tijdens het fietsen",
                    "after_exercise": "kramp na de rit", "rest": "trillend ooglid" if m == "eyelid" else "kramp op de bank"}[dur]
        if self.lang == "DE" and r.random() < 0.6:
            return {"sleep": "nachts Krampf, aufgewacht", "exercise": "Krampf unterwegs",
                    "after_exercise": "Krampf nach der Runde", "rest": "Augenlid zuckt" if m == "eyelid" else "Krampf auf dem Sofa"}[dur]
        if e["kind"] == "twitch":
            return r.choice(["eyelid flickering on and off" if m == "eyelid" else f"{m} twitching, visible under the skin",
                             "annoying twitch", "twitchy again", None])
        if dur == "sleep":
            return r.choice(["woke up with it", "night cramp, had to stand on it", "calf locked in bed", None])
        if dur == "exercise":
            return r.choice(["on the climb", "had to stop and stretch", "locked up out of the saddle",
                             "last hour", "soft-pedalled it out", None])
        if dur == "after_exercise":
            return r.choice(["getting off the bike", "in the shower after", "sitting down after the ride", None])
        return r.choice(["sitting at desk", "putting socks on", "on the sofa", None])


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """A synthetic journal for one cyclist; `cause` (or None) is the only exposure that raises
    the episode rate.  Deterministic per (cause, seed)."""
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    for attempt in range(14):
        g = _Gen(cause, int(seed), attempt)
        if g.build(relaxed=attempt >= 10):
            return BlindJournal(cause=cause, objects=g.objects, start=g.start, stop=g.stop)
    g = _Gen(cause, int(seed), 99)
    g.build(relaxed=True, force=True)  # last resort (not reached in practice)
    return BlindJournal(cause=cause, objects=g.objects, start=g.start, stop=g.stop)
