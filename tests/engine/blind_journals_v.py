"""Blind synthetic cramp journals with one planted cause (examiner "V").

Point of view
=============
Each journal is one endurance outdoor athlete -- a hiker, mountaineer or ultramarathon runner --
followed for about 5 to 12 months (every journal contains a northern summer). Most of the time
they train normally: weekday runs (intervals on Tuesday, hills on Thursday, easy days), strength,
a long weekend run or hike and a back-to-back Sunday, ski touring and indoor trainer/treadmill
sessions in winter, lunch runs in summer. Between those months they go to two to four multi-day
events: desert stage races (Oman, Namibia, Jordan, Death Valley), a Grand Canyon crossing,
alpine hut-to-hut treks, mountaineering trips with 2 a.m. summit starts (Alps, Andes,
Kilimanjaro, Colorado), a Nepal trek, a 100-mile mountain race run through the night, ski-touring
traverses, back-to-back ultra weekends -- some at altitude, some in desert heat, many in another
time zone (GPS times carry the local UTC offset, Kathmandu's +05:45 included). Life also
happens: an illness, an injury, a work trip abroad or a beach holiday stops training for one to
three weeks, after which they go straight back to their usual week (half of them with a
"make-up" week); a long-weekend training camp before an event; a summer holiday of daily
mountain hikes, or a week or two in the south with a daily run in the heat.

What they log, and how (as a real person would):
  * GPS watch (ids "garmin-..."): workouts with duration, activity, average HR (optical
    drop-outs), GPS distance, weather temperature and humidity (missing at times; indoor
    sessions show the warm wrist-sensor reading), occasional exact duplicates after a re-sync,
    an activity saved twice at a hut lunch; sleep (bedtime/wake, a 1-5 score) on most nights,
    fewer on trips (charging, battery saving; some hut/tent nights typed in as "hours"). Some
    journals have a 4-12 day stretch without the watch: workouts typed in by hand, rounded.
  * Hand entries on the phone: session RPE (CR-10), muscle groups sometimes, cramp and twitch
    episodes (rounded times; a few typed later with the home offset while abroad), notes
    ("bladder ran dry", "salt crust on cap", "stage 3", "hut scale").
  * Hydration bladder / bottles: an estimate of what was drunk during a session, plain water or
    electrolyte tabs / sports drink (sodium_mg sometimes), salt capsules as supplements, gels and
    bars and freeze-dried dinners as meal totals, a recovery drink after. US users type ounces,
    their scale shows pounds and some export degF and miles.
  * Smart scale (UTC timestamps): morning weights on many home days, pre/post weights around
    most long home sessions (more often the longer the session), at some event checkpoints / hut
    scales; a partner occasionally steps on the scale.
  * Food app on 40-75 % of days (USDA numbers and grams; hand-typed food names now and then),
    coffee, water and beer now and then, occasional supplements (magnesium, vitamin D,
    multivitamin), short medicine courses (cetirizine, amoxicillin, ibuprofen, acetazolamide
    for altitude).

Natural correlations present in EVERY journal (null ones included): hot sessions raise sweat
rate, hence body-mass loss and sweat-sodium loss, and feel harder; long sessions are also hard;
events are long, hard, back-to-back (same muscles on consecutive days), produce acute:chronic
load spikes, come with alpine starts / early or overnight flights (short sleep) and trail food;
electrolytes are used more on long hot days and at events; coming back from a layoff spikes the
load with ordinary sessions. About 35 % of non-deficiency journals contain a low-intake diet
period and about 20 % of non-medication journals a cramp-listed medicine started mid-journal,
both without any effect on cramps.

Background episodes (all journals; the only ones when cause=None): at least 5, about 0.7-1.8 a
month, placed without regard to any exposure: night calf / foot cramps on a uniformly chosen
night, eyelid and calf twitches and evening foot / hamstring cramps on uniformly chosen days,
hand cramps (writing, steering wheel), and exercise cramps in a session chosen uniformly among
all sessions (so no session property raises their rate).

How each cause is planted
=========================
For the planted cause the generator lists every exposed unit from the true simulated values
(which the logged values measure, up to estimate error, rounding and gaps), draws a target K
uniformly in 9..20 linked episodes, caps the number of affected units at 45 % of the exposed
units (60 % in the rare journal with fewer than 20 exposed units), so most exposed units have no
episode, and picks the affected units by weighted sampling without replacement (weight =
exposure strength: a dose-response). Nothing else changes the episode rate. Where the cause is
a property of the person, the person is drawn accordingly (noted below); everything else about
the journal comes from the same random streams whatever the cause, so a journal and its null
twin (same seed) share person, calendar, weather, sessions, sleep and background episodes
except where noted.

  dehydration          unit = session with body-mass loss >= 2 % (sweat minus fluid drunk, plus
                       respiratory/substrate loss). Weight grows with % loss. The person is a
                       habitual under-drinker (usually drinks ~30-40 % of sweat losses). Most such
                       sessions are long and weighed pre/post, and fluid logs show low intake
                       vs. sweat. Episode: late in the session (55 %) or within 3 h after
                       (37 %), sometimes that evening; calf / hamstring / quadriceps spasms.
  electrolyte_loss     unit = session whose estimated sweat sodium loss minus sodium taken in
                       (drink sodium, salt caps, gels) is >= 2 g with < 35 % replaced -- long
                       sweaty sessions on plain water, often with plenty of water (so mass loss
                       need not reach 2 %). Weight grows with the deficit. The person is a
                       salty sweater (sweat Na ~1150-1650 mg/L, "salt crust" notes) who rarely
                       uses electrolytes. A third of units give a cluster of 2-3 cramps in
                       different muscles (legs, abdomen, hands) within about an hour.
  muscle_fatigue       unit = session unusually long for the person (>= the 85th percentile of
                       their training-session durations), or very hard (RPE >= 8 and >= 60
                       min), or the 3rd+ consecutive day loading the same leg muscles. Weight
                       grows with duration relative to usual and with consecutive days.
                       Episode: late in the session or just after, in a worked muscle. Light
                       sessions in a high-ACWR week (after a layoff or an event) are not units.
  training_load_spike  unit = session on a day whose acute:chronic ratio (7-day sRPE load /
                       mean weekly load of the last 28 days; sRPE = minutes x RPE) is >= 1.5,
                       from day 28 of the journal on. Weight = ACWR - 1.3, capped at 1.2 so that
                       events do not take everything: ordinary sessions just after a layoff or
                       a camp and easy sessions in the week after an event are affected too,
                       long sessions in a steady block are not. The person is a stop-start
                       trainer (2-3 breaks of 13+ days, always a make-up week after, always a
                       training camp).
  heat                 unit = outdoor session with heat index (or air temperature) >= 28 C.
                       Weight grows with heat. Hot sessions with plenty of drink and
                       electrolytes count as much as dry ones; cool long sessions are not
                       units. The person lives and trains where it gets hot (Madrid, Phoenix,
                       Los Angeles or New York; after-work sessions; a summer week in the south).
                       Episode: late in / after the session, legs, some abdomen or forearm.
  nutrient_deficiency  unit = day in a low-intake diet period of 6-12 weeks (magnesium in 60 % of
                       journals, potassium or calcium otherwise; "van trip", "canteen and
                       takeaways", "cut out dairy"): food-app days in the period show Mg ~30-55 %
                       of the RDA (vs ~120-170 % outside), or K ~25-45 % of the AI, or Ca
                       ~20-30 % of the RDA; a magnesium supplement may start at its end.
                       Episodes (uniform over days from 10 days after the start to a week after
                       the end): night calf/foot cramps, eyelid/calf/hand twitches, evening rest
                       cramps, a few exercise cramps.
  sleep_debt           unit = a night >= 1.5 h shorter than the person's median (work
                       deadlines, insomnia, being woken at 4 a.m., alpine starts, early and
                       overnight flights, a race-night nap). Weight grows with the deficit.
                       The person is woken early more often (a toddler, the dog). Episode on the
                       following day: twitches at rest (eyelid mostly), a cramp in that day's
                       session, or an evening rest cramp.
  medication           unit = day on a medicine known to cause cramps (hydrochlorothiazide,
                       chlorthalidone, atorvastatin, rosuvastatin, salmeterol, formoterol,
                       nifedipine, raloxifene) started 30-55 % into the journal (a medication
                       entry with start, and an end in a third of journals when it was
                       switched). Episodes, from 4-14 days after the start until the end: night
                       cramps (60 %), evening rest cramps, some twitches and exercise cramps.

cause=None: only the background episodes.

Pure standard library, deterministic per (cause, seed) (string-seeded random.Random streams),
no I/O, ~0.1 s per journal.
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
# time zones (fixed rules, no tz database needed)
# --------------------------------------------------------------------------------------------
_ZONES = {
    "Europe/Zurich": (60, "EU"), "Europe/Paris": (60, "EU"), "Europe/Rome": (60, "EU"),
    "Europe/Berlin": (60, "EU"), "Europe/London": (0, "EU"), "Europe/Madrid": (60, "EU"),
    "America/New_York": (-300, "US"), "America/Denver": (-420, "US"),
    "America/Los_Angeles": (-480, "US"), "America/Phoenix": (-420, None),
    "America/Lima": (-300, None), "Asia/Kathmandu": (345, None),
    "Africa/Dar_es_Salaam": (180, None), "Asia/Muscat": (240, None),
    "Asia/Amman": (180, None), "Africa/Windhoek": (120, None),
}
_TZ_CACHE: dict[int, timezone] = {}
_UTC = timezone.utc


def _tzobj(minutes: int) -> timezone:
    tz = _TZ_CACHE.get(minutes)
    if tz is None:
        tz = timezone(timedelta(minutes=minutes)) if minutes else _UTC
        _TZ_CACHE[minutes] = tz
    return tz


def _nth_sunday(y: int, m: int, n: int) -> int:
    if n > 0:
        d = date(y, m, 1)
        first = (6 - d.weekday()) % 7 + 1
        return first + 7 * (n - 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return nxt.day - (nxt.weekday() - 6) % 7


_DST_CACHE: dict[tuple, tuple] = {}


def _offset_utc(tz: str, utc_naive: datetime) -> int:
    std, rule = _ZONES[tz]
    if rule is None:
        return std
    key = (rule, std, utc_naive.year)
    b = _DST_CACHE.get(key)
    if b is None:
        y = utc_naive.year
        if rule == "EU":
            b = (datetime(y, 3, _nth_sunday(y, 3, -1), 1), datetime(y, 10, _nth_sunday(y, 10, -1), 1))
        else:
            b = (datetime(y, 3, _nth_sunday(y, 3, 2), 2) - timedelta(minutes=std),
                 datetime(y, 11, _nth_sunday(y, 11, 1), 2) - timedelta(minutes=std + 60))
        _DST_CACHE[key] = b
    return std + 60 if b[0] <= utc_naive < b[1] else std


def _local(tz: str, naive: datetime) -> datetime:
    """Aware datetime for a wall-clock time at a place."""
    std = _ZONES[tz][0]
    off = _offset_utc(tz, naive - timedelta(minutes=std))
    off2 = _offset_utc(tz, naive - timedelta(minutes=off))
    if off2 != off:  # spring-forward gap: take the instant as standard time
        utc = naive - timedelta(minutes=std)
        return utc.replace(tzinfo=_UTC).astimezone(_tzobj(_offset_utc(tz, utc)))
    return naive.replace(tzinfo=_tzobj(off))


def _in_tz(dt: datetime, tz: str) -> datetime:
    utc = dt.astimezone(_UTC).replace(tzinfo=None)
    return dt.astimezone(_tzobj(_offset_utc(tz, utc)))


def _iso(dt: datetime) -> str:
    return dt.replace(microsecond=0).isoformat()


def _at(tz: str, day: date, hour: float) -> datetime:
    """Aware time `hour` hours after local midnight of `day` (hour may exceed 24)."""
    base = datetime(day.year, day.month, day.day) + timedelta(minutes=round(hour * 60))
    return _local(tz, base)


# --------------------------------------------------------------------------------------------
# static tables
# --------------------------------------------------------------------------------------------
# home tz: (annual mean C, seasonal amplitude, day-to-day sd, diurnal half-range, humidity %)
_CLIMATE = {
    "Europe/Zurich": (9.5, 9.5, 3.2, 6.0, 72),
    "Europe/Berlin": (10.0, 9.5, 3.2, 5.5, 70),
    "Europe/London": (11.0, 6.5, 2.8, 4.5, 76),
    "America/Denver": (10.5, 12.0, 4.2, 8.0, 40),
    "America/Los_Angeles": (18.5, 6.5, 2.8, 7.5, 52),
    "America/New_York": (13.0, 11.5, 3.8, 5.0, 66),
    "Europe/Madrid": (15.5, 10.0, 2.8, 7.5, 45),
    "America/Phoenix": (24.0, 9.0, 2.5, 8.0, 25),
}
_HOMES = ["Europe/Zurich", "Europe/Berlin", "Europe/London", "America/Denver",
          "America/Los_Angeles", "America/New_York", "Europe/Madrid", "America/Phoenix"]
_HOME_W = [3, 2, 2, 3, 2, 2, 1, 1]

# USDA SR28 (ABBREV): ndb -> (Mg, K, Ca, Na, kcal) per 100 g
_FOOD = {
    "08120": (138, 362, 52, 6, 379), "01079": (11, 140, 120, 47, 50), "09040": (27, 358, 5, 1, 89),
    "18075": (75, 254, 161, 455, 252), "16098": (168, 558, 49, 426, 598),
    "01117": (17, 234, 183, 70, 63), "08037": (168, 539, 76, 26, 489), "09050": (6, 77, 6, 1, 57),
    "01132": (11, 132, 66, 145, 149), "09200": (10, 181, 40, 0, 47), "20037": (39, 86, 3, 4, 123),
    "16015": (70, 355, 27, 1, 132), "05064": (29, 256, 15, 74, 165), "11457": (79, 558, 99, 79, 23),
    "01009": (27, 76, 710, 653, 404), "11529": (11, 237, 10, 5, 18), "09003": (5, 107, 6, 1, 52),
    "16070": (36, 369, 19, 2, 116), "20137": (64, 172, 17, 7, 120), "11091": (21, 293, 40, 41, 35),
    "15086": (36, 436, 11, 92, 156), "11674": (28, 535, 15, 10, 93), "20121": (18, 44, 7, 1, 158),
    "06931": (18, 320, 26, 437, 50), "01032": (34, 180, 853, 1804, 420),
    "11251": (14, 247, 33, 8, 17), "11508": (27, 475, 38, 36, 90), "11233": (47, 491, 150, 38, 49),
    "16126": (37, 148, 201, 12, 78), "23220": (22, 353, 25, 85, 240), "18363": (72, 186, 81, 45, 218),
    "09037": (29, 485, 12, 7, 160), "12063": (279, 713, 268, 3, 598), "19904": (228, 715, 73, 20, 598),
    "09421": (54, 696, 64, 1, 277), "12085": (260, 565, 45, 16, 574), "09032": (32, 1162, 55, 10, 241),
    "16158": (71, 228, 38, 379, 166), "11124": (12, 320, 33, 69, 41), "18069": (23, 126, 144, 490, 266),
    "19297": (4, 77, 20, 32, 278), "08020": (39, 168, 5, 729, 357), "18239": (16, 118, 37, 467, 406),
    "20045": (12, 35, 10, 1, 130), "18002": (24, 116, 15, 457, 287), "22903": (27, 239, 168, 590, 274),
    "06583": (25, 181, 21, 1855, 440), "21107": (27, 197, 62, 331, 297), "11403": (24, 478, 12, 324, 158),
    "19047": (29, 223, 27, 1240, 384), "18160": (29, 130, 17, 276, 444), "19095": (14, 199, 128, 80, 207),
    "07071": (22, 378, 13, 2260, 407), "01026": (20, 76, 505, 627, 300), "18077": (81, 314, 33, 346, 278),
    "09316": (13, 153, 16, 1, 32), "16057": (48, 291, 49, 7, 164), "12155": (158, 441, 98, 2, 654),
}
# names checked against the product's food table (what a person types by hand)
_HAND_NAME = {
    "09040": "banana, raw", "16098": "peanut butter", "09003": "apples, raw, with skin",
    "01009": "cheese, cheddar", "11457": "spinach, raw", "09050": "blueberries, raw",
    "09421": "Dates, medjool", "19047": "pretzels, hard, plain, salted",
    "06583": "soup, ramen noodle, any flavor, dry", "18239": "croissants, butter",
    "20037": "rice, brown, long-grain, cooked", "01132": "egg, whole, cooked, scrambled",
    "20121": "pasta, cooked, enriched, without added salt", "11674": "potatoes, baked, flesh and skin, without salt",
    "19904": "chocolate, dark, 70-85% cacao solids", "16158": "hummus, commercial",
    "20137": "Quinoa, cooked", "09200": "oranges, raw, all commercial varieties",
    "18069": "bread, white, commercially prepared (includes soft bread crumbs)",
    "20045": "rice, white, long-grain, regular, enriched, cooked",
    "08020": "cereals ready-to-eat, kellogg, kellogg's corn flakes",
}

_M = {  # menus: list of item lists (ndb, grams)
    "normal": {
        "breakfast": [[("08120", 80), ("01079", 250), ("09040", 120)],
                      [("18075", 80), ("16098", 32), ("09040", 120), ("01079", 250)],
                      [("01117", 220), ("08037", 60), ("09050", 80)],
                      [("01132", 110), ("18075", 70), ("09200", 150), ("01079", 200)],
                      [("08120", 70), ("01117", 150), ("09316", 100), ("12063", 15)]],
        "lunch": [[("20037", 200), ("16015", 150), ("05064", 120), ("11457", 50)],
                  [("18075", 90), ("01009", 40), ("11529", 90), ("09003", 180)],
                  [("16070", 200), ("20137", 150), ("11091", 100), ("01117", 150)],
                  [("15086", 140), ("11674", 250), ("11091", 120), ("01009", 25)],
                  [("18075", 80), ("16158", 60), ("11124", 80), ("16057", 100)]],
        "dinner": [[("20121", 300), ("06931", 150), ("01032", 15), ("11251", 60)],
                   [("05064", 150), ("11508", 250), ("11233", 80), ("01026", 40)],
                   [("16126", 200), ("20037", 250), ("11091", 150)],
                   [("23220", 130), ("18363", 80), ("16015", 120), ("09037", 70)],
                   [("15086", 150), ("20137", 180), ("11457", 60)]],
        "snack": [[("12063", 30)], [("19904", 25)], [("09421", 40)], [("09003", 180)],
                  [("01117", 150)], [("12085", 30)], [("09032", 40)], [("12155", 25), ("09040", 120)]],
    },
    "low_mg": {
        "breakfast": [[("08020", 60), ("01079", 200)], [("18069", 90), ("19297", 25)],
                      [("18239", 70), ("19297", 20)], [("18002", 100), ("01026", 30)]],
        "lunch": [[("20045", 250), ("05064", 120)], [("22903", 250)], [("18069", 90), ("07071", 40), ("01009", 30)],
                  [("06583", 85)]],
        "dinner": [[("20121", 300), ("06931", 80)], [("21107", 200), ("11403", 120)], [("06583", 85), ("01132", 60)],
                   [("20045", 250), ("23220", 100)]],
        "snack": [[("19047", 40)], [("18160", 40)], [("19095", 100)], [("09003", 150)]],
    },
    "low_k": {
        "breakfast": [[("08020", 50), ("01079", 200)], [("18069", 90), ("19297", 25)],
                      [("18239", 70), ("19297", 20)], [("18002", 100), ("01026", 30)]],
        "lunch": [[("20045", 250), ("05064", 120)], [("22903", 200)], [("18069", 90), ("01009", 40), ("07071", 30)],
                  [("20121", 250), ("01032", 15), ("01132", 60)]],
        "dinner": [[("20121", 300), ("01032", 20), ("23220", 80)], [("20045", 250), ("05064", 130)], [("22903", 250)],
                   [("18002", 100), ("01026", 50), ("01132", 100)]],
        "snack": [[("19047", 30)], [("18160", 40)], [("01026", 30)], [("18069", 40), ("19297", 15)]],
    },
    "low_ca": {
        "breakfast": [[("08120", 80), ("09040", 120)], [("18077", 80), ("16098", 32), ("09040", 120)],
                      [("18077", 80), ("19297", 25), ("09200", 150)]],
        "lunch": [[("20037", 200), ("16015", 150), ("05064", 120)], [("18077", 90), ("16098", 30), ("09003", 180)],
                  [("16070", 200), ("20137", 150), ("11124", 80)]],
        "dinner": [[("20121", 300), ("06931", 150)], [("05064", 150), ("11508", 250)],
                   [("23220", 130), ("20037", 200), ("09037", 70)], [("15086", 150), ("11674", 250)]],
        "snack": [[("12085", 30)], [("09421", 40)], [("09003", 180)], [("19904", 20)]],
    },
}

_PLANT_DRUGS = ["hydrochlorothiazide", "chlorthalidone", "atorvastatin", "rosuvastatin",
                "salmeterol", "formoterol", "nifedipine", "raloxifene"]
_DRUG_NOTE = {"hydrochlorothiazide": "blood pressure, GP started it", "chlorthalidone": "for BP",
              "atorvastatin": "cholesterol", "rosuvastatin": "cholesterol, 5 mg",
              "salmeterol": "inhaler for exercise asthma (with fluticasone)",
              "formoterol": "new asthma inhaler", "nifedipine": "BP, slow release",
              "raloxifene": "bone density"}

_LEG = ("calf", "hamstring", "quadriceps")
_ACT_MUSCLES = {
    "running": ["calf", "hamstring", "quadriceps"],
    "trail_running": ["calf", "quadriceps", "hamstring", "glute"],
    "hiking": ["quadriceps", "calf", "glute"],
    "walking": ["calf"],
    "cycling": ["quadriceps", "glute", "hamstring"],
    "skiing": ["quadriceps", "adductor", "calf"],
    "climbing": ["forearm", "fingers", "upper_back", "biceps"],
    "yoga": [],
    "swimming": ["shoulder", "upper_back"],
}
_STRENGTH = [["quadriceps", "glute", "hamstring"], ["chest", "shoulder", "upper_back", "triceps", "biceps"],
             ["abdomen", "lower_back", "glute"], ["quadriceps", "hamstring", "calf", "abdomen"]]

# event types
_EVENTS = {
    "desert_stage_race": dict(act="trail_running", days=(4, 6), dur=(240, 520), rpe=(6.0, 8.0),
                              temp=(31, 43), hum=(8, 25), alt=450, start=(6.0, 7.0), alpine=0.0),
    "canyon_crossing": dict(act="hiking", days=(1, 2), dur=(560, 800), rpe=(6.5, 8.5),
                            temp=(27, 41), hum=(8, 22), alt=1400, start=(4.0, 5.0), alpine=1.0),
    "alpine_hut_trek": dict(act="hiking", days=(4, 7), dur=(330, 560), rpe=(5.0, 7.0),
                            temp=(3, 19), hum=(40, 80), alt=2700, start=(7.0, 8.0), alpine=0.3),
    "mountaineering": dict(act="hiking", days=(3, 5), dur=(240, 420), rpe=(5.0, 6.5),
                           temp=(-12, 5), hum=(30, 80), alt=4000, start=(7.0, 8.5), alpine=0.0),
    "ultra_weekend": dict(act="trail_running", days=(2, 3), dur=(240, 480), rpe=(6.0, 8.0),
                          temp=None, hum=None, alt=1200, start=(6.5, 7.5), alpine=0.0),
    "mountain_100": dict(act="trail_running", days=(2, 2), dur=(1050, 1420), rpe=(7.0, 8.5),
                         temp=None, hum=(20, 70), alt=2000, start=None, alpine=0.0),
    "skitour_traverse": dict(act="skiing", days=(3, 5), dur=(300, 540), rpe=(5.5, 7.5),
                             temp=(-13, 2), hum=(40, 85), alt=3000, start=(5.5, 6.5), alpine=0.6),
    "nepal_trek": dict(act="hiking", days=(6, 10), dur=(300, 420), rpe=(4.5, 6.0),
                       temp=(-6, 14), hum=(30, 70), alt=4200, start=(7.5, 8.5), alpine=0.1),
}


def _event_options(month: int, home: str) -> list[tuple[str, str]]:
    us = home.startswith("America/")
    alps = "Europe/Zurich" if home != "Europe/Paris" else "Europe/Paris"
    o: list[tuple[str, str]] = []
    if month in (11, 12, 1, 2, 3):
        o += [("desert_stage_race", "Asia/Muscat"), ("desert_stage_race", "Africa/Windhoek")]
        o += [("mountaineering", "Africa/Dar_es_Salaam")]
    if month in (4, 5, 9, 10):
        o += [("desert_stage_race", "Asia/Amman"), ("canyon_crossing", "America/Phoenix")]
        o += [("desert_stage_race", "America/Los_Angeles")]
    if month in (3, 4, 5, 10, 11):
        o += [("nepal_trek", "Asia/Kathmandu")]
    if month in (3, 4, 5):
        o += [("skitour_traverse", alps), ("skitour_traverse", "Europe/Paris")]
    if month in (6, 7, 8, 9):
        o += [("alpine_hut_trek", alps), ("alpine_hut_trek", "Europe/Paris"), ("alpine_hut_trek", "Europe/Rome"),
              ("mountaineering", "Europe/Zurich"), ("canyon_crossing", "America/Phoenix")]
        if us:
            o += [("mountaineering", "America/Denver"), ("ultra_weekend", home)]
    if month in (6, 7, 8):
        o += [("mountaineering", "America/Lima")]
    if month == 6:
        o += [("mountain_100", "America/Los_Angeles")]
    if month == 7:
        o += [("mountain_100", "America/Denver")]
    if month == 8:
        o += [("mountain_100", "Europe/Paris")]
    if month not in (12, 1, 2):
        o += [("ultra_weekend", home), ("ultra_weekend", home)]
    return o


_EVENT_LABEL = {
    "desert_stage_race": "desert stage race", "canyon_crossing": "rim to rim",
    "alpine_hut_trek": "hut to hut", "mountaineering": "mountaineering trip",
    "ultra_weekend": "back-to-back ultra weekend", "mountain_100": "100 miler",
    "skitour_traverse": "ski traverse", "nepal_trek": "trek",
}


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------
def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _heat_index(t: float, rh: float) -> float:
    if t < 26.7:
        return t
    f = t * 9 / 5 + 32
    hi = (-42.379 + 2.04901523 * f + 10.14333127 * rh - .22475541 * f * rh - .00683783 * f * f
          - .05481717 * rh * rh + .00122874 * f * f * rh + .00085282 * f * rh * rh
          - .00000199 * f * f * rh * rh)
    if rh < 13 and 80 <= f <= 112:
        hi -= ((13 - rh) / 4) * math.sqrt((17 - abs(f - 95)) / 17)
    return (hi - 32) * 5 / 9


def _wsample(rng: random.Random, n: int, weights: list[float], k: int) -> list[int]:
    keys = []
    for i in range(n):
        w = weights[i]
        if w <= 0:
            continue
        u = rng.random() or 1e-12
        keys.append((math.log(u) / w, i))
    keys.sort(reverse=True)
    return [i for _, i in keys[:k]]


def _pct(values: list[float], q: float) -> float:
    v = sorted(values)
    if not v:
        return 0.0
    x = q * (len(v) - 1)
    lo = int(x)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (x - lo)


def _median(values):
    return _pct(values, 0.5)


# --------------------------------------------------------------------------------------------
# the simulation
# --------------------------------------------------------------------------------------------
PRE = 35  # unlogged training days before the journal, so chronic load exists on day 0


class _Sim:
    def __init__(self, seed: int):
        self.seed = seed

    def R(self, name: str) -> random.Random:
        return random.Random(f"blindV|{self.seed}|{name}")

    # ---------------------------------------------------------------- persona
    def persona(self, cause=None):
        r = self.R("persona")
        p = {}
        home = r.choices(_HOMES, _HOME_W)[0]
        if cause == "heat" and home in ("Europe/Zurich", "Europe/Berlin", "Europe/London", "America/Denver"):
            # someone whose training actually happens in heat
            home = {"Europe/Zurich": "Europe/Madrid", "Europe/Berlin": "America/Phoenix",
                    "Europe/London": "America/Los_Angeles", "America/Denver": "America/Phoenix"}[home]
        p["home"] = home
        us = home.startswith("America/")
        p["sex"] = r.choices(["female", "male", "other"], [46, 52, 2])[0]
        p["birth_year"] = r.randint(1966, 2001)
        male = p["sex"] == "male"
        p["mass"] = round(_clip(r.gauss(73.5 if male else 61.0, 6.0 if male else 5.0), 47, 98), 1)
        p["height"] = round(_clip(r.gauss(178 if male else 166, 6.5), 150, 200), 1)
        p["sweat_rate"] = r.uniform(0.75, 1.35) + (0.12 if male else 0.0)  # L/h, moderate, ~18 C
        p["sweat_na"] = _clip(r.lognormvariate(math.log(850), 0.32), 380, 1750)  # mg/L
        p["drink"] = r.uniform(0.42, 0.72)
        p["elec"] = r.uniform(0.12, 0.45)
        p["bed"] = r.uniform(22.2, 23.2)
        p["wake_work"] = r.uniform(6.0, 6.6)
        p["wake_wkend"] = r.uniform(7.1, 8.0)
        p["long"] = r.uniform(130, 195)
        p["morning"] = r.random() < 0.5 and cause != "heat"   # heat: trains after work, in the heat
        p["hr_rest"] = r.randint(44, 60)
        age = 2025 - p["birth_year"]
        p["hr_max"] = int(208 - 0.7 * age + r.gauss(0, 5))
        p["p_rpe"] = r.uniform(0.55, 0.9)
        p["p_musc"] = r.uniform(0.2, 0.75)
        p["p_meal"] = r.uniform(0.4, 0.75)
        p["p_weigh"] = r.uniform(0.35, 0.8)
        p["p_sleep"] = r.uniform(0.8, 0.95)
        p["p_coffee"] = r.uniform(0.0, 0.85)
        p["temp_f"] = us and r.random() < 0.6
        p["dist_mi"] = us and r.random() < 0.6
        p["mass_lb"] = us and r.random() < 0.85
        p["fluid_oz"] = us and r.random() < 0.7
        p["portion"] = r.uniform(0.9, 1.25) * (1.1 if male else 1.0)
        p["strength_days"] = r.random() < 0.7
        p["mg_supp_habit"] = r.random() < 0.2
        p["multivit"] = r.random() < 0.3
        p["partner_scale"] = r.random() < 0.25
        self.p = p

    # ---------------------------------------------------------------- calendar
    def calendar(self):
        r = self.R("calendar")
        p = self.p
        while True:
            year = r.choice([2024, 2025, 2026])
            start = date(year, 1, 5) + timedelta(days=r.randint(0, 130))
            lo = max(150, (date(year, 8, 20) - start).days)
            hi = 365
            if year == 2026:
                hi = min(hi, (date(2026, 11, 25) - start).days)
            if hi >= lo:
                break
        L = r.randint(lo, hi)
        self.d0 = start
        self.L = L
        n = PRE + L
        self.dates = [start + timedelta(days=i - PRE) for i in range(n)]
        self.kind = ["train"] * n
        self.loc = [p["home"]] * n
        self.ev = [None] * n      # (event index, day number) for event days
        self.events = []
        # events
        n_ev = 2 if L < 200 else (3 if L < 300 else r.choice([3, 4]))
        for _attempt in range(400):
            evs = []
            ok = True
            for _k in range(n_ev):
                placed = False
                for _t in range(60):
                    s = PRE + r.randint(24, L - 10)
                    month = self.dates[s].month
                    opts = _event_options(month, p["home"])
                    typ, tz = r.choice(opts)
                    spec = _EVENTS[typ]
                    nd = r.randint(*spec["days"])
                    far = tz != p["home"]
                    a, b = s - (1 if far else 0), s + nd - 1 + (1 if far else 0)
                    if b >= n - 6:
                        continue
                    if any(not (b + 32 < e["a"] or a > e["b"] + 32) for e in evs):
                        continue
                    evs.append(dict(type=typ, tz=tz, s=s, nd=nd, a=a, b=b, far=far))
                    placed = True
                    break
                if not placed:
                    ok = False
                    break
            if ok and any(self.dates[e["s"]].month in (6, 7, 8, 9) for e in evs):
                break
        evs.sort(key=lambda e: e["s"])
        for j, e in enumerate(evs):
            for i in range(e["a"], e["b"] + 1):
                self.kind[i] = "travel"
                self.loc[i] = e["tz"]
            for k in range(e["nd"]):
                self.kind[e["s"] + k] = "event"
                self.ev[e["s"] + k] = (j, k)
            if e["far"]:
                self.loc[e["b"]] = p["home"]  # arrives home that day
            spec = _EVENTS[e["type"]]
            e["label"] = _EVENT_LABEL[e["type"]]
            e["summit"] = e["s"] + e["nd"] - 1 - r.randint(0, 1) if e["type"] == "mountaineering" else -1
        self.events = evs

        def free(a, b, margin_before=10, margin_after=7):
            if a < PRE + 3 or b >= n - 3:
                return False
            for i in range(a - margin_after, b + margin_before + 1):
                if 0 <= i < n and self.kind[i] != "train":
                    return False
            return True

        # a summer holiday: a week of daily mountain hikes, or a week or two in the south
        # (Mallorca, Crete, Moab...) with a daily run in the heat and a couple of long hikes
        self.holiday = None
        hot_event = any(e["type"] in ("desert_stage_race",) or
                        (e["type"] == "mountain_100" and e["tz"] == "America/Los_Angeles") for e in evs)
        cool_home = p["home"] not in ("America/Los_Angeles", "America/Phoenix", "Europe/Madrid")
        need_heat = (cool_home and not hot_event) or getattr(self, "cause", None) == "heat"
        if need_heat or r.random() < 0.8:
            south = need_heat or r.random() < 0.55
            for _t in range(120):
                ln = r.randint(8, 14) if south else r.randint(6, 9)
                a = PRE + r.randint(10, L - ln - 10)
                if self.dates[a].month in (6, 7, 8, 9) and free(a, a + ln - 1, 14, 10):
                    for i in range(a, a + ln):
                        self.kind[i] = "holiday"
                    self.holiday = (a, a + ln - 1, south)
                    break
        # layoffs: illness / injury / work trip, then straight back to the usual week
        n_lay = (1 + (r.random() < 0.5)) if L < 220 else (2 + (r.random() < 0.4))
        spiky = getattr(self, "cause", None) == "training_load_spike"
        if spiky:   # a stop-start trainer: more breaks, each long enough to lose fitness
            n_lay = max(n_lay, 2 if L < 220 else 3)
        self.layoffs = []
        for _k in range(n_lay):
            for _t in range(80):
                kind = r.choices(["illness", "injury", "work_trip", "beach_holiday"], [4, 3, 3, 2])[0]
                ln = {"illness": r.randint(7, 12), "injury": r.randint(12, 24), "work_trip": r.randint(8, 12),
                      "beach_holiday": r.randint(9, 15)}[kind]
                if spiky:
                    ln = max(ln, 13)
                a = PRE + r.randint(10, L - ln - 10)
                b = a + ln - 1
                if free(a, b):
                    tz = p["home"]
                    if kind == "work_trip" and r.random() < 0.5:
                        tz = r.choice([z for z in ("America/New_York", "Europe/London", "Europe/Berlin",
                                                   "America/Los_Angeles") if z != p["home"]])
                    for i in range(a, b + 1):
                        self.kind[i] = kind
                        self.loc[i] = tz
                    if tz != p["home"]:
                        self.kind[a] = "travel"          # flying out / back
                        self.kind[b] = "travel"
                        self.loc[b] = p["home"]
                    self.layoffs.append((kind, a, b))
                    break
        # a long-weekend training camp (3-4 big days) in the build-up to an event
        rc = self.R("camp")
        self.camp = None
        if rc.random() < (1.0 if getattr(self, "cause", None) == "training_load_spike" else 0.6):
            for _t in range(80):
                e = rc.choice(evs)
                ln = rc.randint(3, 4)
                a = e["a"] - rc.randint(16, 40)
                if free(a, a + ln - 1, 10, 7):
                    for i in range(a, a + ln):
                        self.kind[i] = "camp"
                    self.camp = (a, a + ln - 1)
                    break
        # watch broken / lost for a while
        self.watch_gap = None
        if r.random() < 0.25:
            ln = r.randint(4, 12)
            a = PRE + r.randint(5, L - ln - 5)
            self.watch_gap = (a, a + ln - 1)

    def no_watch(self, i):
        g = self.watch_gap
        return g is not None and g[0] <= i <= g[1]

    # ---------------------------------------------------------------- weather
    def weather(self):
        r = self.R("weather")
        m, amp, sd, self.diurnal, hum = _CLIMATE[self.p["home"]]
        n = len(self.dates)
        noise = 0.0
        self.tmean = []
        self.hum = []
        wave = [0.0] * n
        for y in sorted({d.year for d in self.dates}):
            # hot spells every summer
            for _k in range(r.randint(3, 5)):
                start = date(y, 6, 5) + timedelta(days=r.randint(0, 85))
                ln = r.randint(3, 9)
                amp_w = r.uniform(5.0, 9.0)
                for i, d in enumerate(self.dates):
                    k = (d - start).days
                    if 0 <= k < ln:
                        wave[i] = max(wave[i], amp_w * math.sin(math.pi * (k + 0.5) / ln))
        for i, d in enumerate(self.dates):
            doy = d.timetuple().tm_yday
            noise = 0.7 * noise + r.gauss(0, sd * math.sqrt(1 - 0.49))
            t = m + amp * math.cos(2 * math.pi * (doy - 202) / 365.25) + noise + wave[i]
            self.tmean.append(t)
            self.hum.append(_clip(hum + r.gauss(0, 9) - 0.8 * (noise + wave[i]), 15, 98))

    def temp_at(self, i, hour, r):
        t = self.tmean[i] + self.diurnal * math.cos(2 * math.pi * (hour - 15) / 24) + r.gauss(0, 1.2)
        h = _clip(self.hum[i] - 2.2 * (t - self.tmean[i]) + r.gauss(0, 4), 8, 100)
        return t, h

    # ---------------------------------------------------------------- sessions
    def sessions(self):
        r = self.R("sessions")
        n = len(self.dates)
        S = []
        # after a break some people come back with a big "make-up" week
        rr = self.R("rebound")
        self.rebound = [0.0] * n
        for (_kind, a, b) in self.layoffs:
            if rr.random() < (1.0 if self.cause == "training_load_spike" else 0.5):
                for i in range(b + 1, min(n, b + 9)):
                    self.rebound[i] = rr.uniform(1.2, 1.4)
        self.day_sessions = [[] for _ in range(n)]
        next_ev = [None] * n
        nxt = None
        for i in range(n - 1, -1, -1):
            if self.kind[i] == "event" and (i == 0 or self.kind[i - 1] != "event"):
                nxt = i
            next_ev[i] = nxt
        last_ev_end = [None] * n
        le = None
        for i in range(n):
            if self.kind[i] == "event" and (i + 1 >= n or self.kind[i + 1] != "event"):
                le = i
            last_ev_end[i] = le

        for i in range(n):
            d = self.dates[i]
            k = self.kind[i]
            wd = d.weekday()
            winter = d.month in (12, 1, 2, 3)
            plans = []  # (act, start_hour, dur, rpe, indoor, tag)
            if k == "event":
                plans = self._event_plans(i, r)
            elif k == "holiday":
                if not self.holiday[2]:
                    plans.append(("hiking", r.uniform(7.5, 9.0), r.uniform(200, 380), r.uniform(4.5, 6.5), False, "holiday"))
                else:
                    y = r.random()
                    if y < 0.67:
                        plans.append(("running", r.choice([r.uniform(8.5, 10.5), r.uniform(17.5, 19.0)]),
                                      r.uniform(35, 75), r.uniform(4, 6.5), False, "easy"))
                    elif y < 0.85:
                        plans.append(("hiking", r.uniform(8.0, 9.5), r.uniform(180, 300), r.uniform(4.5, 6), False, "holiday"))
                    elif y < 0.95:
                        plans.append(("swimming", r.uniform(10, 17), r.uniform(25, 45), 4.0, False, "easy"))
            elif k == "camp":
                act = "trail_running" if r.random() < 0.7 else "hiking"
                plans.append((act, r.uniform(7.5, 9.0), r.uniform(170, 300) * (1.3 if act == "hiking" else 1.0),
                              r.uniform(5.5, 7.0), False, "camp"))
            elif k == "illness":
                if r.random() < 0.1:
                    plans.append(("walking", r.uniform(10, 16), r.uniform(25, 45), 2.0, False, "easy"))
            elif k == "injury":
                if r.random() < 0.25:
                    plans.append((r.choice(["yoga", "walking"]), r.uniform(17, 19), r.uniform(25, 45), 2.0,
                                  True if r.random() < 0.5 else False, "easy"))
            elif k == "beach_holiday":
                if r.random() < 0.12:
                    plans.append(("swimming", r.uniform(10, 17), r.uniform(20, 40), 3.0, False, "easy"))
            elif k == "work_trip":
                if r.random() < 0.35:
                    plans.append(("running", r.uniform(6.0, 7.0), r.uniform(25, 40), r.uniform(4, 6), True, "easy"))
            elif k == "travel":
                if r.random() < 0.15:
                    plans.append(("walking", r.uniform(15, 18), r.uniform(30, 60), 2.0, False, "easy"))
            else:
                # training day
                ne = next_ev[i]
                dte = (ne - i) if ne is not None else 999
                lee = last_ev_end[i]
                dse = (i - lee) if lee is not None else 999
                if dte <= 7:
                    mult, phase = 0.6, "taper"
                elif dse <= 8:
                    mult, phase = 0.45, "recovery"
                elif dte <= 42:
                    mult, phase = 1.0 + 0.25 * (1 - dte / 42), "build"
                else:
                    mult, phase = (0.85 if winter else 0.92), "base"
                if self.rebound[i] and phase != "recovery":
                    mult *= self.rebound[i]
                plans = self._training_plans(i, wd, winter, mult, phase, r)
            plans.sort(key=lambda x: x[1])
            prev_end = None
            for (act, h, dur, rpe, indoor, tag) in plans:
                if prev_end is not None and h < prev_end + 0.25:
                    h = prev_end + r.uniform(0.25, 0.6)
                prev_end = h + _clip(dur, 15, 1425) / 60
                s = self._realize(i, act, h, dur, rpe, indoor, tag, r)
                S.append(s)
                self.day_sessions[i].append(s)
        self.S = S

    def _training_plans(self, i, wd, winter, mult, phase, r):
        p = self.p
        out = []
        morning = p["morning"]

        def wk_hour():
            if morning or r.random() < 0.2:
                return r.uniform(6.0, 6.8)
            return r.uniform(17.5, 19.0)

        ski_ok = winter and p["home"] in ("Europe/Zurich", "America/Denver", "Europe/Berlin")
        if phase == "recovery":
            if wd in (1, 3, 5) or r.random() < 0.2:
                act = r.choice(["running", "cycling", "walking", "hiking"])
                out.append((act, wk_hour() if wd < 5 else r.uniform(8, 10), r.uniform(30, 60), r.uniform(2.5, 4), False, "easy"))
            return out
        skip = lambda: r.random() < 0.1
        if wd == 0:
            if p["strength_days"] and r.random() < 0.55 and not skip():
                out.append(("strength", r.uniform(17.5, 19.5), r.uniform(35, 60), r.uniform(5, 7), True, "strength"))
        elif wd == 1:
            if not skip():
                indoor = winter and r.random() < 0.35
                out.append(("running", wk_hour(), r.uniform(50, 75) * (0.8 + 0.2 * mult), r.uniform(7, 8.5), indoor, "interval"))
        elif wd == 2:
            if r.random() < 0.75 and not skip():
                if r.random() < 0.3:
                    indoor = winter and r.random() < 0.6
                    out.append(("cycling", wk_hour(), r.uniform(60, 90), r.uniform(3.5, 5), indoor, "easy"))
                else:
                    out.append(("running", wk_hour(), r.uniform(40, 60), r.uniform(3, 4.5), False, "easy"))
        elif wd == 3:
            if not skip():
                out.append(("trail_running", wk_hour(), r.uniform(60, 90) * (0.8 + 0.2 * mult), r.uniform(6, 7.5), False, "hills"))
            if p["strength_days"] and r.random() < 0.3:
                out.append(("strength", 19.8, r.uniform(30, 45), r.uniform(5, 7), True, "strength"))
        if wd in (2, 4) and self.dates[i].month in (6, 7, 8) and not out and r.random() < 0.2:
            out.append(("running", r.uniform(12.0, 12.6), r.uniform(35, 55), r.uniform(4, 6), False, "lunch"))
            return out
        if wd == 4:
            x = r.random()
            if x < 0.25:
                out.append(("yoga", r.uniform(18, 19.5), r.uniform(40, 60), 2.0, True, "easy"))
            elif x < 0.4:
                out.append(("running", wk_hour(), r.uniform(30, 40), 3.0, False, "easy"))
        elif wd == 5:
            if not skip():
                if ski_ok and r.random() < 0.45:
                    out.append(("skiing", r.uniform(7, 8.5), p["long"] * mult * r.uniform(1.0, 1.5), r.uniform(5, 7), False, "long"))
                else:
                    act = "hiking" if r.random() < 0.3 else "trail_running"
                    dur = p["long"] * mult * r.uniform(0.8, 1.22) * (1.4 if act == "hiking" else 1.0)
                    h0 = r.uniform(7.0, 10.0) if self.dates[i].month in (6, 7, 8) else r.uniform(7.0, 8.8)
                    out.append((act, h0, dur, r.uniform(5, 7), False, "long"))
        elif wd == 6:
            x = r.random()
            if x < 0.6:
                act = "hiking" if r.random() < 0.45 else "trail_running"
                dur = p["long"] * mult * r.uniform(0.5, 0.85) * (1.4 if act == "hiking" else 1.0)
                out.append((act, r.uniform(7.5, 9.5), dur, r.uniform(4, 6), False, "b2b"))
            elif x < 0.8:
                indoor = winter and r.random() < 0.5
                out.append(("cycling", r.uniform(8, 10), r.uniform(100, 180) * mult, r.uniform(4, 5.5), indoor, "b2b"))
            elif x < 0.87 and ski_ok:
                out.append(("skiing", 8.0, r.uniform(150, 260), r.uniform(5, 6.5), False, "b2b"))
            elif x < 0.92:
                out.append(("climbing", r.uniform(10, 15), r.uniform(90, 150), r.uniform(5, 7), r.random() < 0.5, "climb"))
        return out

    def _event_plans(self, i, r):
        j, k = self.ev[i]
        e = self.events[j]
        spec = _EVENTS[e["type"]]
        out = []
        rpe = r.uniform(*spec["rpe"]) + 0.25 * k
        if e["type"] == "mountain_100":
            if k > 0:
                return out      # finishing / sleeping it off
            start = 18.0 if e["tz"] == "Europe/Paris" else 5.0
            out.append(("trail_running", start, r.uniform(*spec["dur"]), rpe, False, "event"))
            return out
        if e["type"] == "mountaineering" and i == e["summit"]:
            out.append(("climbing", r.uniform(1.5, 3.3), r.uniform(600, 880), r.uniform(8, 9.2), False, "summit"))
            return out
        if e["type"] == "nepal_trek" and r.random() < 0.15:
            dur = r.uniform(120, 200)  # acclimatisation day
        else:
            dur = r.uniform(*spec["dur"])
        alpine = r.random() < spec["alpine"]
        h = r.uniform(3.5, 5.2) if alpine else r.uniform(*spec["start"])
        act = spec["act"]
        if e["type"] == "canyon_crossing" and r.random() < 0.4:
            act = "trail_running"
            dur *= 0.7
        if dur > 420 and r.random() < 0.12:
            # watch saved at the hut at lunch, restarted after: two activities
            d1 = dur * r.uniform(0.4, 0.6)
            out.append((act, h, d1, rpe, False, "event"))
            out.append((act, h + d1 / 60 + r.uniform(0.6, 1.1), dur - d1, rpe, False, "event"))
        else:
            out.append((act, h, dur, rpe, False, "event"))
        return out

    def _realize(self, i, act, h, dur, rpe, indoor, tag, r):
        p = self.p
        d = self.dates[i]
        tz = self.loc[i]
        dur = round(_clip(dur, 15, 1425), 1)
        start = _at(tz, d, h)
        mid = h + dur / 120
        ev = self.ev[i]
        alt = 400
        if ev is not None:
            e = self.events[ev[0]]
            spec = _EVENTS[e["type"]]
            alt = spec["alt"] + r.uniform(-300, 600)
            if spec["temp"] is not None:
                lo, hi = spec["temp"]
                T = r.uniform(lo, hi)
                if e["type"] in ("alpine_hut_trek", "mountaineering") and d.month in (7, 8) and r.random() < 0.2:
                    T += r.uniform(3, 7)
                RH = r.uniform(*spec["hum"])
            elif e["type"] == "mountain_100":
                T = {"America/Los_Angeles": r.uniform(24, 39), "America/Denver": r.uniform(6, 24),
                     "Europe/Paris": r.uniform(3, 22)}.get(e["tz"], r.uniform(8, 25))
                RH = r.uniform(20, 60)
            else:
                T, RH = self.temp_at(i, mid, r)
                T += r.uniform(-3, 1)  # higher up
        elif indoor:
            T, RH = r.uniform(19, 23.5), r.uniform(30, 55)
        else:
            T, RH = self.temp_at(i, min(mid, 20.5), r)
            if self.kind[i] == "holiday":
                if self.holiday[2]:
                    T = r.uniform(27.0, 35.5) + 0.15 * (mid - 12)   # the south in summer
                    RH = r.uniform(30, 65)
                else:
                    T -= r.uniform(2, 6)
                    alt = 1800
        HI = max(T, _heat_index(T, RH))
        if act == "strength":
            muscles = list(r.choice(_STRENGTH))
        else:
            muscles = list(_ACT_MUSCLES.get(act, []))
        rpe = _clip(rpe + (0.6 if HI > 28 else 0) + (0.5 if alt > 3000 else 0) + r.gauss(0, 0.3), 1, 10)
        dur_h = dur / 60
        eff = 1 + 0.045 * (HI - 18)
        if act in ("yoga", "strength", "walking", "climbing", "swimming"):
            base = p["sweat_rate"] * (0.45 if act != "climbing" else 0.6)
        else:
            base = p["sweat_rate"]
        sweat = base * (0.55 + 0.08 * rpe) * _clip(eff, 0.45, 2.4) * dur_h * r.uniform(0.88, 1.12)
        if alt > 3000:
            sweat *= 1.05
        # drinking during the session
        x = r.random()
        if dur < 45:
            frac = 0.0 if r.random() < 0.7 else r.uniform(0.2, 0.6)
        elif x < 0.17:
            frac = r.uniform(0.1, 0.3)     # forgot / bladder ran dry
        elif x < 0.35:
            frac = r.uniform(0.8, 1.1)     # drank well
        else:
            frac = _clip(r.gauss(p["drink"], 0.12), 0.2, 1.0)
        if ev is not None:
            frac = _clip(frac + 0.08, 0.1, 1.15)
        intake = sweat * frac
        pe = p["elec"] + (0.2 if HI >= 27 else 0) + (0.15 if dur >= 180 else 0) + (0.15 if ev else 0)
        elec = intake > 0 and r.random() < pe
        drink = "water"
        conc = 0.0
        tabs = 0
        if elec:
            y = r.random()
            if y < 0.55:
                drink, tabs = "electrolyte_drink", 1
                conc = 600.0       # one 300 mg tab per 500 ml
            elif y < 0.85:
                drink, conc = "sports_drink", 460.0
            else:
                drink, conc = "electrolyte_drink", 1000.0
        na_in = intake * conc
        caps = 0
        if dur >= 200 and (ev is not None or r.random() < 0.3) and r.random() < 0.45:
            caps = r.randint(2, max(2, int(dur / 70)))
            na_in += caps * 215
        gels = int(dur / 55) if dur >= 100 else 0
        na_in += gels * 60
        na_loss = sweat * p["sweat_na"]
        na_def = na_loss - na_in
        loss_kg = sweat - intake + 0.04 * dur_h + r.gauss(0, 0.08)
        loss_pct = 100 * loss_kg / p["mass"]
        s = dict(i=i, tz=tz, start=start, end=start + timedelta(minutes=dur), dur=dur, act=act,
                 rpe=rpe, indoor=indoor, tag=tag, event=ev, T=T, RH=RH, HI=HI, alt=alt,
                 muscles=muscles, sweat=sweat, intake=intake, frac=frac, drink=drink, tabs=tabs,
                 conc=conc, na_in=na_in, na_loss=na_loss, na_def=na_def, caps=caps, gels=gels,
                 loss_kg=loss_kg, loss_pct=loss_pct, load=dur * rpe, id=None)
        return s

    # ---------------------------------------------------------------- sleep
    def sleep(self):
        r = self.R("sleep")
        p = self.p
        n = len(self.dates)
        self.nights = [None] * n   # night that starts on day i (bed on day i, wake on day i+1)
        for i in range(n - 1):
            d = self.dates[i]
            nd = self.dates[i + 1]
            k_next = self.kind[i + 1]
            tz_bed = self.loc[i]
            tz_wake = tz_bed            # you wake where you went to bed (unless flying overnight)
            workday = nd.weekday() < 5 and k_next in ("train", "work_trip", "injury")
            k = self.kind[i]
            bed = p["bed"] + r.gauss(0, 0.35) + (0.6 if d.weekday() in (4, 5) else 0)
            wake = (p["wake_work"] if workday else p["wake_wkend"]) + 24 + r.gauss(0, 0.25)
            if k == "illness":
                bed -= 0.5
                wake += 0.4
            tag = "normal"
            first = self.day_sessions[i + 1][0] if self.day_sessions[i + 1] else None
            fh = None
            if first is not None:
                fh = (first["start"] - _at(tz_wake, nd, 0)).total_seconds() / 3600 + 24
                if fh < 24 + 5.5:
                    tag = "early"
                    bed = min(bed, r.uniform(20.3, 21.8))
            if k_next == "event" or k == "event":
                if k == "event" and first is not None and first["tag"] != "summit":
                    bed = r.uniform(20.8, 22.0)
                if first is not None and first["tag"] == "summit":
                    bed = r.uniform(20.5, 21.6)
                    tag = "alpine"
                elif tag == "early":
                    tag = "alpine"
                else:
                    tag = "trip"
            redeye = None
            if k == "event" and k_next == "travel" and self.loc[i + 1] == p["home"] and r.random() < 0.45:
                tag = "redeye"         # overnight flight home
                bed = r.uniform(22.5, 24.5)
                redeye = r.uniform(2.5, 4.2)
                tz_wake = self.loc[i + 1]
            elif k_next == "travel" and k != "travel" and r.random() < 0.35:
                tag = "early_flight"
                wake = 24 + r.uniform(3.6, 4.8)
            if tag == "normal" and k in ("train", "holiday") and workday and r.random() < 0.08:
                tag = "deadline"
                bed = r.uniform(24.5, 25.8)
            elif tag == "normal" and r.random() < 0.07:
                tag = "insomnia"
                bed += r.uniform(1.5, 3.0)
            elif tag == "normal" and r.random() < (0.075 if self.cause == "sleep_debt" else 0.03):
                tag = "woken"          # neighbours, the dog, a toddler, a 4 a.m. phone call
                wake = 24 + r.uniform(3.8, 5.0)
            if fh is not None and fh - 0.3 < wake:
                wake = fh - r.uniform(0.3, 0.7)
            # overnight race: sleep only after the finish
            ev = self.ev[i]
            if ev is not None and self.events[ev[0]]["type"] == "mountain_100" and ev[1] == 0:
                s = self.day_sessions[i][0]
                bt = s["end"] + timedelta(minutes=r.uniform(60, 150))
                hours = r.uniform(5.0, 7.5)
                self.nights[i] = dict(i=i, bed=bt, end=bt + timedelta(hours=hours), hours=hours,
                                      tz_bed=tz_bed, tz_wake=tz_wake, tag="post_race")
                continue
            bdt = _at(tz_bed, d, bed)
            if self.day_sessions[i]:
                last_end = max(x["end"] for x in self.day_sessions[i])
                if bdt < last_end + timedelta(minutes=30):
                    bdt = last_end + timedelta(minutes=r.uniform(30, 70))
            if redeye is not None:
                edt = bdt + timedelta(hours=redeye)
            else:
                edt = _at(tz_wake, nd, wake - 24)
            if edt < bdt + timedelta(hours=2):
                edt = bdt + timedelta(hours=2)
            if first is not None and edt > first["start"] - timedelta(minutes=10):
                edt = max(bdt + timedelta(hours=1), first["start"] - timedelta(minutes=r.uniform(15, 40)))
            hours = (edt - bdt).total_seconds() / 3600
            self.nights[i] = dict(i=i, bed=bdt, end=edt, hours=hours, tz_bed=tz_bed, tz_wake=tz_wake, tag=tag)
        # 100-mile races: the night inside the race is (almost) sleepless
        for e in self.events:
            if e["type"] != "mountain_100":
                continue
            s = self.day_sessions[e["s"]][0]
            # night that overlaps the race
            if e["tz"] == "Europe/Paris":
                i = e["s"]
            else:
                i = e["s"]
            nap = s["start"] + timedelta(minutes=s["dur"] * r.uniform(0.55, 0.7))
            if self.nights[i - 1] is not None and e["tz"] != "Europe/Paris":
                # 05:00 start: previous night is short (race-morning 03:00 alarm)
                nt = self.nights[i - 1]
                nt["end"] = s["start"] - timedelta(minutes=r.uniform(50, 80))
                nt["hours"] = (nt["end"] - nt["bed"]).total_seconds() / 3600
                nt["tag"] = "alpine"
            self.race_naps = getattr(self, "race_naps", [])
            self.race_naps.append(dict(i=i, bed=nap, end=nap + timedelta(minutes=r.uniform(10, 25)),
                                       hours=0.3, tz_bed=e["tz"], tz_wake=e["tz"], tag="race_nap"))
        # a sleep that starts before the previous one ended (after a race finish) is dropped
        for i in range(n - 2):
            a, b = self.nights[i], self.nights[i + 1]
            if a is not None and b is not None and b["bed"] < a["end"] + timedelta(hours=2):
                self.nights[i + 1] = None
        home_h = [nt["hours"] for nt in self.nights if nt is not None and nt["tag"] in ("normal", "early")]
        self.usual_sleep = _median(home_h)

    # ---------------------------------------------------------------- diet, meds
    def diet_and_meds(self, cause):
        p = self.p
        L = self.L
        r = self.R("diet")
        has = r.random() < 0.35
        nut = r.choices(["low_mg", "low_k", "low_ca"], [6, 2, 2])[0]
        ln = r.randint(42, 84)
        a = PRE + r.randint(30, max(31, L - ln - 14))
        b = min(a + ln - 1, PRE + L - 10)
        fix_supp = r.random() < 0.5
        scen = r.choice(["van trip, eating whatever is at the shop", "new job, canteen and takeaways",
                         "moving house, living on toast and pasta", "cutting weight, lots of white rice + chicken",
                         "no time to cook"] if nut != "low_ca" else
                        ["cut out dairy (stomach issues)", "trying dairy-free", "lactose problems, no milk/cheese"])
        if cause == "nutrient_deficiency":
            has = True
        self.diet = dict(has=has, nut=nut, a=a, b=b, fix_supp=fix_supp and nut == "low_mg", scen=scen)

        r = self.R("meds")
        has_drug = r.random() < 0.2
        drug = r.choice(_PLANT_DRUGS)
        if drug == "raloxifene" and not (p["sex"] == "female" and p["birth_year"] <= 1976):
            drug = r.choice(["hydrochlorothiazide", "atorvastatin", "salmeterol"])
        ds = PRE + int(L * r.uniform(0.30, 0.55))
        de = None
        if r.random() < 0.35:
            de = min(ds + r.randint(60, 130), PRE + L - 5)
            if de - ds < 45:
                de = None
        if cause == "medication":
            has_drug = True
        self.drug = dict(has=has_drug, name=drug, a=ds, b=de)
        # benign short courses
        meds = []
        if r.random() < 0.4:
            y = self.dates[PRE].year
            a = date(y, 4, 1) + timedelta(days=r.randint(0, 25))
            if self.dates[PRE] <= a <= self.dates[-8]:
                meds.append(dict(name="cetirizine", start=a, end=a + timedelta(days=r.randint(30, 60)),
                                 notes="hay fever"))
        for kind, la, lb in self.layoffs:
            if kind == "illness" and r.random() < 0.5:
                meds.append(dict(name="amoxicillin", start=self.dates[la + 1], end=self.dates[la + 7],
                                 notes="chest infection"))
            if kind == "injury" and r.random() < 0.6:
                meds.append(dict(name="ibuprofen", start=self.dates[la], end=self.dates[min(la + r.randint(4, 9), lb)],
                                 notes="ankle / knee, as needed"))
        for e in self.events:
            if _EVENTS[e["type"]]["alt"] >= 3000 and r.random() < 0.4:
                meds.append(dict(name="acetazolamide", start=self.dates[e["s"]],
                                 end=self.dates[e["s"] + e["nd"] - 1], notes="diamox 125 mg for altitude"))
        self.benign_meds = meds

    def diet_phase(self, i):
        dd = self.diet
        if dd["has"] and dd["a"] <= i <= dd["b"]:
            return dd["nut"]
        return "normal"

    # ---------------------------------------------------------------- derived exposures
    def exposures(self):
        S = self.S
        n = len(self.dates)
        daily = [0.0] * n
        for s in S:
            daily[s["i"]] += s["load"]
        self.acwr = [None] * n
        for i in range(28, n):
            acute = sum(daily[i - 6:i + 1])
            chronic = sum(daily[i - 27:i + 1]) / 4
            self.acwr[i] = acute / chronic if chronic > 0 else None
        train_durs = [s["dur"] for s in S if s["event"] is None and s["i"] >= PRE and
                      s["act"] not in ("yoga", "strength", "walking")]
        self.p85 = _pct(train_durs, 0.85)
        self.med_dur = _median(train_durs)
        # consecutive-day leg loading
        legday = [False] * n
        for s in S:
            if set(s["muscles"]) & set(_LEG) and (s["dur"] >= 60 or s["rpe"] >= 5):
                legday[s["i"]] = True
        self.consec = [0] * n
        for i in range(n):
            self.consec[i] = (self.consec[i - 1] + 1) if (legday[i] and i > 0) else (1 if legday[i] else 0)

    # ---------------------------------------------------------------- episodes
    def _asleep(self, t):
        i = PRE + (t.astimezone(_tzobj(_ZONES[self.p["home"]][0])).date() - self.d0).days
        for k in (i - 1, i):
            if 0 <= k < len(self.nights) and self.nights[k] is not None:
                nt = self.nights[k]
                if nt["bed"] <= t <= nt["end"]:
                    return True
        return False

    def _ep(self, t, kind, muscle, during, r, tz=None, side=None, pain=None, dur_s=None, note=None):
        if during == "rest" and self._asleep(t):
            during = "sleep"
        if side is None:
            if muscle in ("abdomen", "lower_back", "upper_back", "neck", "chest", "face"):
                side = None if r.random() < 0.6 else "both"
            else:
                side = r.choices(["left", "right", "both"], [45, 45, 10])[0]
        if kind == "spasm":
            if pain is None:
                pain = int(_clip(round(r.gauss(6.3, 1.6)), 2, 10))
            if dur_s is None:
                dur_s = _clip(r.lognormvariate(math.log(80), 0.7), 8, 900)
        else:
            if pain is None:
                pain = r.choice([0, 0, 0, 1, 1, 2])
            if dur_s is None:
                dur_s = _clip(r.lognormvariate(math.log(60), 1.1), 3, 5400)
        return dict(t=t, kind=kind, muscle=muscle, side=side, during=during, pain=pain,
                    dur_s=round(dur_s), tz=tz, note=note)

    def _tz_at(self, t):
        # location at an instant: the day (in home-ish local date) it falls on
        i = PRE + (t.astimezone(_tzobj(_ZONES[self.p["home"]][0])).date() - self.d0).days
        i = _clip(i, 0, len(self.dates) - 1)
        return self.loc[i]

    def _session_episode(self, s, r, mode="eamc", muscles=None):
        """An exercise-associated cramp tied to session s."""
        x = r.random()
        pool = [m for m in (muscles or s["muscles"])]
        legs = [m for m in pool if m in ("calf", "hamstring", "quadriceps", "adductor", "glute")]
        if s["act"] == "climbing" and r.random() < 0.5:
            muscle = r.choice(["forearm", "fingers", "hand", "calf"])
        elif legs:
            w = {"calf": 42, "hamstring": 24, "quadriceps": 22, "adductor": 6, "glute": 3}
            muscle = r.choices(legs, [w[m] for m in legs])[0]
            if r.random() < 0.06:
                muscle = "foot"
        else:
            muscle = r.choice(["calf", "calf", "hamstring", "foot"])
        if x < 0.55:
            t = s["start"] + timedelta(minutes=s["dur"] * r.uniform(0.62, 0.99))
            during = "exercise"
        elif x < 0.92:
            t = s["end"] + timedelta(minutes=r.uniform(3, 180))
            during = "after_exercise"
        else:
            t = s["end"] + timedelta(minutes=r.uniform(200, 420))
            during = "rest"
        return self._ep(t, "spasm", muscle, during, r, tz=s["tz"])

    def background(self):
        r = self.R("background")
        L = self.L
        months = L / 30.44
        rate = r.uniform(0.7, 1.8)
        lam = rate * months
        # Poisson via sum of exponentials
        cnt, acc = 0, r.expovariate(1.0)
        while acc < lam:
            cnt += 1
            acc += r.expovariate(1.0)
        cnt = max(5, cnt)
        eps = []
        days = list(range(PRE, PRE + L - 1))
        sess = [s for s in self.S if s["i"] >= PRE and s["end"] + timedelta(hours=8) < self.stop]
        tries = 0
        while len(eps) < cnt and tries < 50 * cnt:
            tries += 1
            if eps and not (self.start + timedelta(hours=1) <= eps[-1]["t"] < self.stop - timedelta(hours=1)):
                eps.pop()
            x = r.random()
            if x < 0.38:
                i = r.choice(days)
                nt = self.nights[i]
                if nt is None:
                    continue
                span = (nt["end"] - nt["bed"]).total_seconds() / 60
                t = nt["bed"] + timedelta(minutes=r.uniform(min(40, span * 0.3), max(span - 15, span * 0.7)))
                mus = r.choices(["calf", "foot", "toes", "hamstring"], [70, 15, 8, 7])[0]
                eps.append(self._ep(t, "spasm", mus, "sleep", r, tz=nt["tz_bed"],
                                    note=r.choice([None, None, "woke me up", "woke up with it locked", None])))
            elif x < 0.58:
                i = r.choice(days)
                t = _at(self.loc[i], self.dates[i], r.uniform(8, 22))
                eps.append(self._ep(t, "twitch", "eyelid", "rest", r, tz=self.loc[i],
                                    note=r.choice([None, None, "on and off", "annoying at work"])))
            elif x < 0.68:
                i = r.choice(days)
                t = _at(self.loc[i], self.dates[i], r.uniform(9, 22.5))
                mus = r.choice(["calf", "calf", "quadriceps", "foot", "biceps"])
                eps.append(self._ep(t, "twitch", mus, "rest", r, tz=self.loc[i]))
            elif x < 0.8:
                i = r.choice(days)
                t = _at(self.loc[i], self.dates[i], r.uniform(18, 22.8))
                mus = r.choice(["foot", "toes", "hamstring", "calf"])
                eps.append(self._ep(t, "spasm", mus, "rest", r, tz=self.loc[i],
                                    note=r.choice([None, "on the sofa", "taking socks off", None])))
            elif x < 0.85:
                i = r.choice(days)
                t = _at(self.loc[i], self.dates[i], r.uniform(9, 18))
                eps.append(self._ep(t, "spasm", r.choice(["hand", "fingers", "forearm"]), "rest", r,
                                    tz=self.loc[i], note=r.choice([None, "writing", "gripping the steering wheel"])))
            else:
                if not sess:
                    continue
                s = r.choice(sess)
                eps.append(self._session_episode(s, r))
        if eps and not (self.start + timedelta(hours=1) <= eps[-1]["t"] < self.stop - timedelta(hours=1)):
            eps.pop()
        self.bg = eps

    def exposed(self, cause, r):
        """Exposed units (true values) and their weights for `cause`."""
        lo_i, hi_i = PRE, PRE + self.L - 1
        stop = self.stop
        sess = [s for s in self.S if lo_i <= s["i"] <= hi_i and s["end"] + timedelta(hours=7) < stop]
        units, weights = [], []
        if cause == "dehydration":
            for s in sess:
                if s["loss_pct"] >= 2.0:
                    units.append(s)
                    weights.append(min(s["loss_pct"] - 1.6, 2.5))
        elif cause == "electrolyte_loss":
            for s in sess:
                rep = s["na_in"] / s["na_loss"] if s["na_loss"] > 0 else 1
                if s["na_def"] >= 2000 and rep < 0.35:
                    units.append(s)
                    weights.append(min(s["na_def"] / 1000 - 1.5, 4.0))
        elif cause == "muscle_fatigue":
            for s in sess:
                if s["act"] in ("yoga",):
                    continue
                long_ = s["dur"] >= self.p85 and s["act"] not in ("walking", "strength")
                hard = s["rpe"] >= 8 and s["dur"] >= 60
                legs = bool(set(s["muscles"]) & set(_LEG))
                consec = legs and self.consec[s["i"]] >= 3 and s["dur"] >= 60
                if long_ or hard or consec:
                    units.append(s)
                    w = 1.0 + max(0.0, s["dur"] / max(self.p85, 1) - 1) + (0.5 if hard else 0) + \
                        (0.25 * min(self.consec[s["i"]] - 2, 4) if consec else 0)
                    weights.append(min(w, 4.0))
        elif cause == "training_load_spike":
            for s in sess:
                a = self.acwr[s["i"]]
                if s["i"] >= PRE + 28 and a is not None and a >= 1.5 and s["act"] != "yoga":
                    units.append(s)
                    weights.append(min(a - 1.3, 1.2))
        elif cause == "heat":
            for s in sess:
                if not s["indoor"] and s["HI"] >= 28.0:
                    units.append(s)
                    weights.append(min(s["HI"] - 26.0, 10.0))
        elif cause == "sleep_debt":
            thr = self.usual_sleep - 1.5
            nights = [nt for nt in self.nights if nt is not None] + getattr(self, "race_naps", [])
            for nt in nights:
                i = nt["i"] + 1 if nt["tag"] != "race_nap" else nt["i"] + 1
                if not (lo_i <= nt["i"] and i <= hi_i - 1):
                    continue
                if nt["hours"] < thr:
                    units.append(nt)
                    weights.append(min(self.usual_sleep - nt["hours"] - 1.0, 4.0))
        elif cause == "nutrient_deficiency":
            dd = self.diet
            a, b = dd["a"] + 10, min(dd["b"] + 7, hi_i - 1)
            units = list(range(a, b + 1))
            weights = [1.0] * len(units)
        elif cause == "medication":
            dr = self.drug
            a = dr["a"] + r.randint(4, 14)
            b = (dr["b"] if dr["b"] is not None else hi_i - 1)
            units = list(range(a, min(b, hi_i - 1) + 1))
            weights = [1.0] * len(units)
        return units, weights

    def plant(self, cause):
        self.planted = []
        self.units = []
        self.n_exposed = 0
        if cause is None:
            return
        r = random.Random(f"blindV|{self.seed}|plant|{cause}")
        K = r.randint(9, 20)
        units, weights = self.exposed(cause, r)
        self.n_exposed = len(units)
        n = len(units)
        if n == 0:
            return
        cap = int(0.45 * n)
        if cap < 9:
            cap = min(9, int(0.6 * n))
        m = min(K, max(cap, 1))
        idx = _wsample(r, n, weights, m)
        eps = []
        chosen = []
        for j in idx:
            if len(eps) >= K:
                break
            u = units[j]
            chosen.append(u)
            if cause in ("dehydration", "muscle_fatigue", "training_load_spike", "heat"):
                e = self._session_episode(u, r)
                if cause == "heat" and r.random() < 0.12:
                    e["muscle"] = r.choice(["abdomen", "forearm", "hand"])
                    e["side"] = None if e["muscle"] == "abdomen" else e["side"]
                eps.append(e)
            elif cause == "electrolyte_loss":
                e = self._session_episode(u, r)
                eps.append(e)
                if r.random() < 0.33:
                    extra = r.randint(1, 2)
                    others = ["calf", "hamstring", "quadriceps", "abdomen", "hand", "adductor", "foot"]
                    for q in range(extra):
                        if len(eps) >= K:
                            break
                        mus = r.choice([o for o in others if o != e["muscle"]])
                        t = e["t"] + timedelta(minutes=r.uniform(3, 35) * (q + 1))
                        eps.append(self._ep(t, "spasm", mus, e["during"] if e["during"] != "exercise" or
                                            t < u["end"] else "after_exercise", r, tz=u["tz"]))
            elif cause == "sleep_debt":
                nt = u
                wake = nt["end"]
                i = nt["i"] + 1
                tz = self.loc[min(i, len(self.loc) - 1)]
                sess_today = [s for s in self.day_sessions[i] if s["start"] > wake] if i < len(self.dates) else []
                x = r.random()
                if x < 0.25 and sess_today:
                    s = r.choice(sess_today)
                    e = self._session_episode(s, r)
                    if e["during"] == "rest":
                        e["during"] = "after_exercise"
                        e["t"] = s["end"] + timedelta(minutes=r.uniform(5, 90))
                    eps.append(e)
                elif x < 0.65:
                    t = wake + timedelta(hours=r.uniform(1.5, 13))
                    mus = r.choices(["eyelid", "calf", "quadriceps", "face", "hand"], [60, 20, 8, 7, 5])[0]
                    eps.append(self._ep(t, "twitch", mus, "rest", r, tz=tz))
                else:
                    t = wake + timedelta(hours=r.uniform(3, 15))
                    mus = r.choices(["calf", "foot", "hamstring", "toes"], [55, 20, 15, 10])[0]
                    eps.append(self._ep(t, "spasm", mus, "rest", r, tz=tz))
            elif cause in ("nutrient_deficiency", "medication"):
                i = u
                x = r.random()
                night_p = 0.45 if cause == "nutrient_deficiency" else 0.6
                twitch_p = 0.3 if cause == "nutrient_deficiency" else 0.1
                if x < night_p and self.nights[i] is not None:
                    nt = self.nights[i]
                    span = (nt["end"] - nt["bed"]).total_seconds() / 60
                    t = nt["bed"] + timedelta(minutes=r.uniform(min(40, span * 0.3), max(span - 15, span * 0.7)))
                    mus = r.choices(["calf", "foot", "hamstring", "toes"], [65, 18, 10, 7])[0]
                    eps.append(self._ep(t, "spasm", mus, "sleep", r, tz=nt["tz_bed"]))
                elif x < night_p + twitch_p:
                    t = _at(self.loc[i], self.dates[i], r.uniform(8, 22))
                    mus = r.choices(["eyelid", "calf", "hand", "fingers", "quadriceps"], [40, 30, 10, 10, 10])[0]
                    eps.append(self._ep(t, "twitch", mus, "rest", r, tz=self.loc[i]))
                elif x < night_p + twitch_p + 0.15 and self.day_sessions[i]:
                    eps.append(self._session_episode(r.choice(self.day_sessions[i]), r))
                else:
                    t = _at(self.loc[i], self.dates[i], r.uniform(17, 22.8))
                    mus = r.choices(["calf", "foot", "hamstring", "hand", "toes"], [45, 20, 15, 10, 10])[0]
                    eps.append(self._ep(t, "spasm", mus, "rest", r, tz=self.loc[i]))
        self.units = chosen
        self.planted = eps[:K]

    # ---------------------------------------------------------------- emission
    def emit(self):
        p = self.p
        r = self.R("logging")
        objs = []
        home = p["home"]
        start, stop = self.start, self.stop

        def add(o, t=None):
            objs.append((t, o))

        def mass_q(kg):
            return f"{kg * 2.20462:.1f} lb" if p["mass_lb"] else round(kg, 2)

        def fluid_q(ml):
            if p["fluid_oz"]:
                return f"{max(1, round(ml / 29.5735))} oz"
            return max(50, int(round(ml / 50.0) * 50))

        add({"type": "profile", "sex": p["sex"], "birth_year": p["birth_year"],
             "body_mass_kg": p["mass"], "height_cm": p["height"], "timezone": home})

        # ---- workouts, session fluids, pre/post weights, salt caps, gels
        idn = 10_000_000_000 + r.randrange(10 ** 9)
        for s in self.S:
            if s["i"] < PRE:
                continue
            idn += r.randint(3, 400)
            hand = self.no_watch(s["i"])
            st = s["start"]
            o = {"type": "workout"}
            if not hand:
                o["id"] = f"garmin-{idn}"
                o["time"] = _iso(st)
                o["duration_min"] = round(s["dur"] + r.uniform(-0.4, 0.4), 1)
            else:
                st = st.replace(minute=(st.minute // 15) * 15, second=0)
                o["time"] = _iso(st)
                o["duration_min"] = int(round(s["dur"] / 15.0) * 15) or 15
            o["activity"] = s["act"]
            if r.random() < p["p_rpe"] or (hand and r.random() < 0.6):
                o["rpe"] = int(_clip(round(s["rpe"] + r.gauss(0, 0.5)), 1, 10))
            if not hand:
                if r.random() < 0.93:
                    hr = (p["hr_rest"] + (p["hr_max"] - p["hr_rest"]) * (0.42 + 0.045 * s["rpe"])
                          + 0.45 * max(0.0, s["T"] - 20) + max(0.0, s["alt"] - 1500) / 1000 * 3 + r.gauss(0, 4))
                    if s["dur"] > 300:
                        hr -= 6
                    o["avg_hr"] = int(_clip(round(hr), 60, 200))
                speed = {"running": 10.5, "trail_running": 7.8, "hiking": 3.8, "walking": 5.0, "cycling": 25.0,
                         "skiing": 3.8, "climbing": 0.8, "swimming": 2.4}.get(s["act"])
                if speed and not (s["indoor"] and s["act"] == "cycling" and r.random() < 0.5):
                    if s["alt"] > 3000:
                        speed *= 0.75
                    if s["tag"] == "easy":
                        speed *= 0.92
                    km = speed * s["dur"] / 60 * r.uniform(0.9, 1.1)
                    if s["indoor"] and s["act"] == "running" and r.random() < 0.3:
                        km = 0.0  # treadmill without footpod
                    km = round(km, 2)
                    o["distance_km"] = f"{km / 1.609344:.2f} mi" if p["dist_mi"] else km
                if not s["indoor"]:
                    if r.random() < 0.84:
                        t = s["T"] + r.gauss(0, 0.8)
                        o["temperature_c"] = f"{round(t * 9 / 5 + 32)} degF" if p["temp_f"] else round(t, 1)
                    if r.random() < 0.62:
                        o["humidity_pct"] = int(_clip(round(s["RH"] + r.gauss(0, 3)), 1, 100))
                elif r.random() < 0.3:
                    o["temperature_c"] = round(r.uniform(23, 28), 1)   # wrist sensor indoors
            if s["muscles"] and r.random() < p["p_musc"]:
                o["muscle_groups"] = list(s["muscles"])
            if s["tag"] == "interval" and r.random() < 0.35:
                o["warm_up_min"] = r.choice([10, 12, 15])
                o["cool_down_min"] = r.choice([5, 8, 10])
            note = self._workout_note(s, r, hand)
            if note:
                o["notes"] = note
            add(o, s["start"])
            if "id" in o and r.random() < 0.012:
                add(dict(o), s["start"])  # duplicate after a re-sync
            self._emit_session_extras(s, r, add, fluid_q, mass_q)

        # ---- sleep
        naps = getattr(self, "race_naps", [])
        for nt in [x for x in self.nights if x is not None] + naps:
            if nt["i"] < PRE or nt["end"] >= stop:
                continue
            i = nt["i"]
            away = self.kind[i] in ("event", "travel") or self.kind[min(i + 1, len(self.kind) - 1)] == "event"
            pl = p["p_sleep"] * (0.6 if away else 1.0)
            if self.no_watch(i) or self.no_watch(i + 1):
                pl = 0.0
            q = _clip(round(2.2 + 0.5 * (nt["hours"] - 5) + r.gauss(0, 0.6) - (0.8 if away else 0)), 1, 5)
            if r.random() < pl:
                o = {"type": "sleep", "id": f"garmin-sleep-{nt['end'].date().isoformat()}" + ("-nap" if nt["tag"] == "race_nap" else ""),
                     "time": _iso(_in_tz(nt["bed"], nt["tz_bed"])), "end": _iso(_in_tz(nt["end"], nt["tz_wake"]))}
                if r.random() < 0.65:
                    o["quality"] = int(q)
                add(o, nt["bed"])
            elif away and r.random() < 0.3 and nt["tag"] != "race_nap":
                o = {"type": "sleep", "time": _iso(_in_tz(nt["bed"], nt["tz_bed"]).replace(second=0)),
                     "hours": round(nt["hours"] * 2) / 2, "quality": int(q)}
                o["notes"] = r.choice(["hut dorm, snoring", "tent, wind", "slept badly", "hand logged",
                                       "plane" if nt["tag"] == "redeye" else "altitude, kept waking"])
                add(o, nt["bed"])

        # ---- daily life: morning weight, coffee, water, meals, supplements
        self._emit_daily(r, add, fluid_q, mass_q)

        # ---- medications
        for m in self.benign_meds:
            o = {"type": "medication", "name": m["name"], "start": m["start"].isoformat(),
                 "end": m["end"].isoformat()}
            if r.random() < 0.6:
                o["notes"] = m["notes"]
            add(o, _at(home, m["start"], 8))
        dr = self.drug
        if dr["has"]:
            o = {"type": "medication", "name": dr["name"], "start": self.dates[dr["a"]].isoformat()}
            if dr["b"] is not None:
                o["end"] = self.dates[dr["b"]].isoformat()
            if r.random() < 0.7:
                o["notes"] = _DRUG_NOTE[dr["name"]]
            add(o, _at(home, self.dates[dr["a"]], 8))

        # ---- episodes (background + planted), hand-logged
        for e in self.bg + self.planted:
            o = self._episode_obj(e, r)
            if o is not None:
                add(o, e["t"])
        # keep only what falls in the observed period; order by time (profile first)
        out = []
        for t, o in objs:
            if t is not None and not (start <= t < stop):
                continue
            out.append((t, o))
        out.sort(key=lambda x: (x[0] is not None, x[0].astimezone(_UTC) if x[0] is not None else 0))
        return [o for _, o in out]

    def _workout_note(self, s, r, hand):
        notes = []
        if s["event"] is not None:
            j, k = s["event"]
            e = self.events[j]
            if r.random() < 0.7:
                if e["type"] == "desert_stage_race":
                    notes.append(f"stage {k + 1}")
                elif e["type"] in ("alpine_hut_trek", "nepal_trek", "skitour_traverse"):
                    notes.append(f"{e['label']} day {k + 1}")
                elif s["tag"] == "summit":
                    notes.append("summit day, 2am start")
                else:
                    notes.append(e["label"])
        if s["dur"] >= 120 and s["frac"] < 0.3 and r.random() < 0.35:
            notes.append(r.choice(["bladder ran dry", "forgot to refill", "fountain was off"]))
        if self.p["sweat_na"] > 1100 and s["HI"] > 24 and s["dur"] > 120 and r.random() < 0.3:
            notes.append("salt crust on cap")
        if s["HI"] > 32 and r.random() < 0.3:
            notes.append(r.choice(["hot!", "brutal heat", "no shade"]))
        if s["T"] < -3 and r.random() < 0.3:
            notes.append("cold, bladder hose froze")
        if hand and r.random() < 0.4:
            notes.append("watch broken, typed in")
        if s["tag"] == "interval" and r.random() < 0.2:
            notes.append(r.choice(["6x1k", "5x4min", "8x400", "3x10min tempo"]))
        return "; ".join(notes) if notes else None

    def _emit_session_extras(self, s, r, add, fluid_q, mass_q):
        p = self.p
        stop = self.stop
        i = s["i"]
        at_home = self.kind[i] in ("train", "holiday", "camp") or (self.kind[i] == "event" and
                                                           self.events[s["event"][0]]["type"] == "ultra_weekend")
        # fluids during the session (bladder / bottle estimates)
        if s["intake"] > 0 and r.random() < 0.86:
            nfl = 1 if s["dur"] < 150 else min(4, int(math.ceil(s["dur"] / 160)))
            est = s["intake"] * 1000 * r.uniform(0.85, 1.15)
            for q in range(nfl):
                t = s["start"] + timedelta(minutes=s["dur"] * (q + 0.8) / nfl * r.uniform(0.9, 1.0))
                if t >= stop:
                    continue
                ml = est / nfl
                if ml > 4900:
                    ml = 4900
                o = {"type": "fluid", "time": _iso(_in_tz(t, s["tz"])), "ml": fluid_q(ml), "drink": s["drink"]}
                if s["tabs"] and r.random() < 0.6:
                    o["sodium_mg"] = int(round(ml / 500.0 * 300 / 50) * 50) or 50
                if q == 0 and nfl == 1 and s["dur"] >= 90 and r.random() < 0.25:
                    o["notes"] = r.choice(["bladder estimate", "filled 2 L, ~0.5 left", "2 bottles",
                                           "guess from bladder"])
                add(o, t)
        # salt caps
        if s["caps"]:
            t = s["start"] + timedelta(minutes=s["dur"] * 0.6)
            if r.random() < 0.8 and t < stop:
                add({"type": "supplement", "time": _iso(_in_tz(t, s["tz"])),
                     "name": "salt capsules" if r.random() < 0.5 else "SaltStick caps",
                     "sodium_mg": s["caps"] * 215, "potassium_mg": s["caps"] * 63,
                     "notes": f"{s['caps']} caps over the day"}, t)
        # gels / bars
        if s["gels"] and r.random() < 0.45:
            t = s["start"] + timedelta(minutes=s["dur"] * 0.5)
            add({"type": "meal", "time": _iso(_in_tz(t, s["tz"])), "energy_kcal": s["gels"] * 100,
                 "sodium_mg": s["gels"] * 60, "notes": f"{s['gels']} gels/bars"}, t)
        # pre/post weights
        pw = 0.0
        if at_home and not s["indoor"] or (at_home and s["act"] in ("cycling", "running")):
            pw = 0.78 if s["dur"] >= 90 else 0.3 if s["dur"] >= 50 else 0.05
            pw *= p["p_weigh"] / 0.6
        elif s["event"] is not None:
            pw = 0.35
        if r.random() < _clip(pw, 0, 0.95):
            pre = self.mass_true(i) + r.gauss(0.2, 0.15)
            post = pre - s["loss_kg"] + r.gauss(0, 0.12)
            t1 = s["start"] - timedelta(minutes=r.uniform(5, 20))
            t2 = s["end"] + timedelta(minutes=r.uniform(5, 25))
            if t2 < stop:
                add({"type": "body_mass", "id": f"scale-{int(t1.timestamp())}",
                     "time": _iso(t1.astimezone(_UTC)) if at_home else _iso(_in_tz(t1, s["tz"])),
                     "kg": mass_q(pre), "context": "pre_workout"}, t1)
                o = {"type": "body_mass", "id": f"scale-{int(t2.timestamp())}",
                     "time": _iso(t2.astimezone(_UTC)) if at_home else _iso(_in_tz(t2, s["tz"])),
                     "kg": mass_q(post), "context": "post_workout"}
                if not at_home and r.random() < 0.5:
                    del o["id"]
                    o["notes"] = r.choice(["checkpoint scale", "hut scale", "med check"])
                add(o, t2)
        # recovery drink after
        if s["dur"] >= 75 and r.random() < 0.35:
            t = s["end"] + timedelta(minutes=r.uniform(10, 40))
            if t < stop:
                dk = r.choice(["water", "water", "milk", "electrolyte_drink", "soft_drink", "beer"])
                add({"type": "fluid", "time": _iso(_in_tz(t, s["tz"])), "ml": fluid_q(r.choice([330, 500, 500, 750])),
                     "drink": dk}, t)

    def mass_true(self, i):
        if not hasattr(self, "_mass"):
            r = self.R("mass")
            n = len(self.dates)
            m = []
            w = 0.0
            for k in range(n):
                w = 0.96 * w + r.gauss(0, 0.12)
                doy = self.dates[k].timetuple().tm_yday
                m.append(self.p["mass"] + w - 0.5 * math.cos(2 * math.pi * (doy - 202) / 365.25) +
                         (-0.6 if self.kind[k] == "event" else 0) + r.gauss(0, 0.25))
            self._mass = m
        return self._mass[i]

    def _emit_daily(self, r, add, fluid_q, mass_q):
        p = self.p
        home = p["home"]
        stop = self.stop
        partner_days = set()
        if p["partner_scale"]:
            for _k in range(r.randint(1, 3)):
                partner_days.add(PRE + r.randint(0, self.L - 2))
        mg_supp = []
        dd = self.diet
        if dd["fix_supp"] and dd["has"]:
            mg_supp.append((dd["b"] - r.randint(0, 7), dd["b"] + r.randint(35, 80)))
        if p["mg_supp_habit"]:
            a = PRE + r.randint(0, self.L - 30)
            mg_supp.append((a, a + r.randint(20, 90)))
        for i in range(PRE, PRE + self.L):
            d = self.dates[i]
            tz = self.loc[i]
            k = self.kind[i]
            home_day = k in ("train", "holiday", "camp", "illness", "injury", "beach_holiday") and tz == home
            nt_prev = self.nights[i - 1]
            wake = nt_prev["end"] if nt_prev is not None else _at(tz, d, 7)
            # morning weight (smart scale, UTC)
            if home_day and r.random() < p["p_weigh"]:
                t = wake + timedelta(minutes=r.uniform(5, 30))
                kg = self.mass_true(i) + r.gauss(0, 0.1)
                if i in partner_days:
                    kg += r.choice([-1, 1]) * r.uniform(11, 22)
                if t < stop:
                    add({"type": "body_mass", "id": f"scale-{int(t.timestamp())}", "time": _iso(t.astimezone(_UTC)),
                         "kg": mass_q(kg), "context": "morning"}, t)
            # coffee
            if r.random() < p["p_coffee"] * (0.9 if home_day else 0.4):
                t = wake + timedelta(minutes=r.uniform(15, 60))
                if t < stop:
                    add({"type": "fluid", "time": _iso(_in_tz(t, tz)), "ml": fluid_q(r.choice([200, 250, 300, 350])),
                         "drink": "coffee"}, t)
            if home_day and r.random() < 0.22:
                for _q in range(r.randint(1, 3)):
                    t = _at(tz, d, r.uniform(9.5, 21))
                    add({"type": "fluid", "time": _iso(t), "ml": fluid_q(r.choice([330, 500, 500, 750, 1000])),
                         "drink": "water"}, t)
            if home_day and d.weekday() in (4, 5) and r.random() < 0.18:
                t = _at(tz, d, r.uniform(19, 22.5))
                add({"type": "fluid", "time": _iso(t), "ml": fluid_q(r.choice([330, 500, 660])), "drink": "beer"}, t)
            # meals (food app on some days)
            phase = self.diet_phase(i)
            if home_day or k == "work_trip":
                if r.random() < p["p_meal"]:
                    self._emit_meals(i, tz, d, phase, r, add)
            elif k == "event" and r.random() < 0.3:
                t = _at(tz, d, r.uniform(18.5, 20.5))
                add({"type": "meal", "time": _iso(t), "energy_kcal": r.choice([600, 800, 1000]),
                     "sodium_mg": r.choice([900, 1200, 1500]),
                     "notes": r.choice(["freeze-dried meal", "hut dinner", "dal bhat", "camp food"])}, t)
            # supplements
            for (a, b) in mg_supp:
                if a <= i <= b and r.random() < 0.7:
                    t = _at(tz, d, r.uniform(21, 22.5))
                    add({"type": "supplement", "time": _iso(t), "name": "magnesium glycinate",
                         "magnesium_mg": r.choice([200, 250, 300])}, t)
            if p["multivit"] and r.random() < 0.35:
                t = _at(tz, d, r.uniform(7, 9))
                add({"type": "supplement", "time": _iso(t), "name": "multivitamin",
                     "magnesium_mg": 100, "calcium_mg": 200}, t)
            if d.month in (11, 12, 1, 2, 3) and r.random() < 0.15:
                t = _at(tz, d, r.uniform(7, 9))
                add({"type": "supplement", "time": _iso(t), "name": "vitamin D3 1000 IU"}, t)

    def _emit_meals(self, i, tz, d, phase, r, add):
        p = self.p
        menu = _M[phase]
        slots = [("breakfast", 7.3), ("lunch", 12.6), ("dinner", 19.2)]
        if r.random() < 0.7:
            slots.append(("snack", 16.0))
        if r.random() < 0.3:
            slots.append(("snack", 10.2))
        for slot, hh in slots:
            if r.random() < 0.06:
                continue  # forgot one
            items = r.choice(menu[slot])
            t = _at(tz, d, hh + r.uniform(-0.6, 0.6))
            hand = r.random() < 0.22
            lst = []
            for ndb, g in items:
                g = int(round(g * p["portion"] * r.uniform(0.85, 1.15) / 5.0) * 5)
                if hand and ndb in _HAND_NAME:
                    lst.append({"food": _HAND_NAME[ndb], "grams": g})
                else:
                    lst.append({"ndb_no": ndb, "grams": g})
            o = {"type": "meal", "time": _iso(t), "items": lst}
            if phase != "normal" and r.random() < 0.05:
                o["notes"] = self.diet["scen"]
            add(o, t)

    def _episode_obj(self, e, r):
        t = e["t"]
        tz = e["tz"] or self._tz_at(t)
        lt = _in_tz(t, tz)
        # hand logged: rounded minutes; a few typed later with the home offset while abroad
        if r.random() < 0.7:
            lt = lt.replace(minute=(lt.minute // 5) * 5, second=0)
        if tz != self.p["home"] and r.random() < 0.05:
            off = _offset_utc(self.p["home"], lt.astimezone(_UTC).replace(tzinfo=None))
            lt = lt.replace(tzinfo=_tzobj(off))
        if not (self.start <= lt < self.stop):
            lt = _in_tz(t, tz)
            if not (self.start <= lt < self.stop):
                return None
        o = {"type": "episode", "time": _iso(lt), "kind": e["kind"], "muscle": e["muscle"]}
        if e["side"] is not None and r.random() < 0.9:
            o["side"] = e["side"]
        if r.random() < 0.85:
            ds = e["dur_s"]
            o["duration_s"] = int(round(ds / 10.0) * 10) if ds > 30 else int(ds)
        if r.random() < 0.9:
            o["pain"] = int(e["pain"])
        if r.random() < 0.93:
            o["during"] = e["during"]
        if e["kind"] == "spasm":
            if r.random() < 0.8:
                rel = ["stretching"]
                if r.random() < 0.3:
                    rel.append(r.choice(["massage", "walking_it_off", "hydration", "pickle_juice", "rest"]))
                if e["during"] == "sleep" and r.random() < 0.4:
                    rel = ["stretching", "walking_it_off"]
                o["relief"] = rel
                o["relieved"] = r.random() < 0.92
        elif r.random() < 0.2:
            o["relief"] = ["rest"]
        if r.random() < 0.08:
            o["flags"] = {"numbness_tingling": False, "swelling": False, "weakness": False}
        if e.get("note") and r.random() < 0.8:
            o["notes"] = e["note"]
        elif r.random() < 0.08:
            o["notes"] = r.choice(["", "ouch", "again", "short one"]) or None
            if o["notes"] is None:
                del o["notes"]
        return o

    # ---------------------------------------------------------------- driver
    def run(self, cause):
        self.cause = cause
        self.persona(cause)
        if cause == "dehydration":
            # habitual under-drinker
            self.p["drink"] = min(self.p["drink"], self.R("dry").uniform(0.28, 0.42))
        if cause == "electrolyte_loss":
            # the salty sweater who drinks plain water (the subgroup the evidence points to)
            r = self.R("salty")
            self.p["sweat_na"] = max(self.p["sweat_na"], r.uniform(1150, 1650))
            self.p["elec"] = min(self.p["elec"], r.uniform(0.05, 0.18))
        self.calendar()
        self.start = _at(self.p["home"], self.d0, 0)
        self.stop = _at(self.p["home"], self.d0 + timedelta(days=self.L), 0)
        self.weather()
        self.sessions()
        self.sleep()
        self.diet_and_meds(cause)
        self.exposures()
        self.background()
        self.plant(cause)
        return self.emit()


def _generate(cause, seed):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    sim = _Sim(int(seed))
    objs = sim.run(cause)
    return BlindJournal(cause=cause, objects=objs, start=sim.start, stop=sim.stop), sim


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """A synthetic journal with `cause` planted (None: background cramps only)."""
    return _generate(cause, seed)[0]
