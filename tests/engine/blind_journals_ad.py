"""Blind synthetic cramp journals: a racket player in a hot desert, with one planted cause.

Point of view
-------------
This is an independent examiner's generator. It was written from the public spec
(journal.md, vocabulary.md), the evidence file and the USDA SR28 table only, without
looking at the product. Every journal is the export of one amateur tennis or pickleball player
who lives in a hot, dry desert city: Phoenix (America/Phoenix, UTC-7 all year, imperial
units), Dubai (Asia/Dubai, UTC+4, metric) or Alice Springs (Australia/Darwin, UTC+9:30,
metric, southern-hemisphere summer). The city weights are 0.40 / 0.38 / 0.22. Alice is the
least hot, so its journals pass the feasibility gate below less often.

These people play at dawn (05:00-06:45) or in the late afternoon or evening under lights to
dodge the worst heat. A desert summer evening is still 36-41 degC, and dawn is about 26-31
degC. They play weekend tournaments (one long, hard session of 2.5-5 h that runs into the late
morning heat, sometimes at an away venue in another time zone). They lift once or twice a
week. They take 9-17 day breaks every 6-11 weeks (and a few 3-5 day interruptions): vacations to cooler places, a cold, tennis
elbow, holidays, work travel. After a break they come back keen and play almost daily. They
drink plain water on some days and a sports drink, an electrolyte mix (LMNT, Liquid IV, Nuun),
Pedialyte or salt caps on others.

Each journal holds what such a person would really log:
  * a profile. Phoenix players use imperial strings such as "176 lb" and "70 in".
  * workouts from a watch (Garmin, Apple or Polar). A watch workout has an id, the duration,
    the average HR, sometimes the distance, and the weather (temperature and humidity) for
    outdoor play. Indoor courts usually have no weather, or the indoor temperature; in ~15 %
    the watch pulls the outdoor weather by mistake. The player adds rpe, muscle groups (with
    aliases), warm-up time and notes by hand. Strength sessions are sometimes typed by hand.
    About 3 % of sessions are not logged at all (flat watch).
  * body mass: a smart scale in the morning on some days, and hand weighing before and after
    most sessions (68-88 % of them, fewer when away). Pre and post weights are how this person
    tracks sweat loss. Phoenix players write these in lb.
  * fluids: the bottles drunk during the session (24 oz / 32 oz / 750 ml / 1 L bottles, 20 oz
    Gatorade, electrolyte mixes with their sodium). They are logged bottle by bottle, or as a
    summary at the end (split at match breaks). About 5 % of bottles are forgotten. There are
    pre-session and recovery drinks, and the day's coffee, karak tea, water (hand-logged or
    from a smart bottle), soda and beer, with days of no fluid log.
  * sleep from the watch (bedtime and wake time, often a 1-5 quality), with charging gaps. A
    player without a watch logs bedtime and hours by hand.
  * meals from a food app (ndb_no items and an id) or typed by hand. Typed items use USDA
    names that the product resolves, with grams or "x oz". Restaurant meals are totals only.
    There are unlogged days, partly logged days and a multi-week lapse.
  * supplements (salt caps, a multivitamin, magnesium, calcium + D3 for some women over 50)
    and medications.
  * episodes: spasms (sometimes logged with the alias "cramp") and twitches, with muscle
    (sometimes an alias), side, pain, duration, relief and relieved, and sometimes notes or
    red-flag answers (always false). The notes may hold a lay guess ("prob dehydrated", "need
    more bananas"), written whatever the true cause is. A pickle-juice shot can be logged as
    a fluid.
Noise: times rounded to 5-15 min, container-sized volumes, unit strings, and travel time zones
(Las Vegas/San Diego with US DST, Doha UTC+3, Adelaide with Australian DST, Perth UTC+8,
London with EU DST, Mumbai ...). In some journals the devices export in UTC ("Z" or +00:00).
There are a few exact duplicate lines (same id, as a re-export gives), and the lines come
either in time order or grouped by type.

Natural correlations present in EVERY journal (null ones too)
--------------------------------------------------------------
Hot days and hot times of day raise the sweat rate. That raises body-mass loss and sweat
sodium loss. Tournaments are long, hard, hot and often away, and come after a short night.
Dawn sessions shorten sleep. Coming back from a break gives daily sessions, two-a-days and a
high acute:chronic load ratio. Rpe rises a little with the temperature. Sodium drinks are
chosen more often on hot days and tournament days. Summer nights are hot, so more nights are
short. Holidays worsen the diet a little.

The feasibility gate applies to every journal, whatever its cause: the person and calendar
are redrawn (deterministically) until EACH exposure below has a weight sum >= 21.5 over >= 24
units. So every journal, null ones included, has many sessions at >= 2 % body-mass loss, many
long plain-water sweaty sessions, hot sessions, unusually long or back-to-back sessions, load
spikes and short nights. Only one of these (or none) changes the episode rate.

Background episodes (all journals, 5-14, independent of every exposure)
-----------------------------------------------------------------------
Their number is about 0.8-1.5 a month, clipped to 5-14. They are stratified evenly over the
period, so that no period or exposure gets more of them. Kinds: nocturnal calf/foot cramps
(that night's sleep is marked worse, since cramps disturb sleep), eyelid twitches and other
twitches at rest, random cramps at rest, and random cramps at a random moment of a session
picked uniformly among the sessions near that date.

How each cause is planted
-------------------------
Each exposed unit gets a weight w in [0, 1]. Then N episodes are placed on N units drawn
without replacement with probability proportional to w (Efraimidis-Spirakis). For sessions
and nights N is 10-17; for the day-window causes it is 12-19. N is capped at 0.42 * sum(w),
with a floor of 9 and a total of at most 20, so most exposed units have no episode. The
weights are computed from the true physiology; the logged data shows that physiology, with
noise.
  * dehydration: the unit is a session. w = ramp(body-mass loss %, 1.7 -> 2.8). The loss is
    pre - post = sweat - fluid drunk during the session. Drinking varies on its own, session
    by session: the person's usual fraction of sweat replaced (0.28-0.55), or "forgot the
    bottle / ran out" (11 %), or "drank well" (20-35 %). So cool sessions can also reach
    >= 2 %, and hot ones can stay below. The episode comes late in the session (55 %), within
    2 h after it (40 %) or that night.
  * electrolyte_loss: the unit is a session. w = ramp(unreplaced sodium, 1.8 -> 3.4 g).
    Unreplaced sodium = sweat litres * the person's sweat Na (700-1500 mg/L) - the sodium
    from drinks and salt caps taken from 30 min before to 60 min after the session. Drink
    sodium is the logged sodium_mg, or the vocabulary default for the drink. So long sweaty
    sessions on plain water are exposed even when well hydrated, and sessions with a sodium
    drink are protected even when hot or dehydrated. The episode comes late in the session,
    after it, or that night. 30 % are widespread: a second muscle (hand, abdomen, other leg)
    cramps minutes later, and it counts towards the total.
  * heat: the unit is an outdoor session. w = ramp(effective temperature, 31 -> 39 degC).
    The effective temperature is the temperature at 60 % of the session, plus a small humidity
    term above 40 % RH. The weight does not depend on the drinks or the mass loss, and indoor
    sessions have no risk. The logged temperature is the watch weather. The episode comes late
    in the session or right after it.
  * muscle_fatigue: the unit is a leg session. w = the largest of:
      - ramp(duration / the person's median, 1.35 -> 1.9);
      - ramp(load / median load, 1.45 -> 2.1);
      - 0.25 on the 3rd consecutive leg day, and 0.5 on the 4th or later;
      - 0.5 for the second leg session of the day;
      - 0.25 the day after an unusually big session.
    The weight does not depend on the acute:chronic ratio or the weather. The episode comes in
    the last 40 % of the session or right after it, in a worked muscle (calf, hamstring,
    quadriceps, adductor, forearm or hand).
  * training_load_spike: the unit is a session. w = ramp(ACWR, 1.45 -> 1.8). The ACWR is the
    7-day load / (28-day load / 4), where load = duration * rpe and all training counts.
    The high ratios come when the player returns to near-daily play after a 9-17 day break,
    and in build-up weeks. The sessions themselves are of ordinary length.
  * sleep_debt: the unit is a night. w = ramp(usual hours - hours slept, 1.2 -> 2.4 h), where
    usual = the person's median. The episode falls on the following day:
      - 40 %: a cramp or twitch in that day's session or after it;
      - 42 %: a twitch at rest (mostly eyelid);
      - the rest: a cramp at rest.
  * nutrient_deficiency: the unit is a day. The player has one long phase of poor, restricted
    eating (fast food, skipped breakfasts, smaller portions, no nuts, greens or beans). In
    half of these journals the phase covers the start and ends at 60-75 % of the period; then
    the player fixes their diet and starts a magnesium supplement. In the other half it runs
    from 20-35 % of the period to the end. In the phase, the logged meals give Mg and K at
    ~45-60 % of the reference intake and Ca at ~50-80 %; outside it, and in all other
    journals, intakes are ~90-140 %. The episodes fall on uniformly drawn days from 12-18 days
    into the phase (or from its start, if the journal opens in it) until 3-8 days after it
    ends: twitches, night cramps, rest cramps and exercise cramps.
  * medication: the unit is a day. A cramp-linked drug is logged with its start date at
    28-55 % of the period: hydrochlorothiazide, chlorthalidone, spironolactone, salmeterol,
    formoterol, atorvastatin, rosuvastatin, naproxen, nifedipine, or raloxifene. In 40 % of
    these journals it is stopped 45-100 days later, and that end is logged. The episodes fall
    on uniformly drawn days from 5-20 days after the start until 5 days after the end:
      - 55 %: nocturnal calf/foot/hamstring cramps;
      - 20 %: at rest;
      - 25 %: in a session that day.
    Unrelated medicines (antihistamines, a nasal spray, lisinopril, metformin, tamsulosin)
    appear in any journal. In null journals, 35 % of players aged 40+ also start a statin in
    mid-period, and it changes nothing.
  * None: background episodes only.
"""
from __future__ import annotations

import hashlib
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
# Static tables
# ----------------------------------------------------------------------------------------

# monthly climatology: mean daily max, mean daily min (degC), afternoon RH (%)
_CLIMATE = {
    "phoenix": ([19.5, 21.5, 25.5, 30.0, 35.5, 40.5, 41.5, 40.5, 38.0, 31.5, 24.0, 18.5],
                [7.5, 9.0, 12.0, 16.0, 21.0, 26.0, 29.5, 29.0, 25.5, 18.5, 11.5, 7.0],
                [32, 28, 24, 16, 12, 10, 20, 24, 22, 20, 26, 33], 2.2),
    "dubai": ([24.0, 25.5, 28.5, 33.0, 37.5, 39.5, 41.0, 41.0, 38.5, 35.0, 30.0, 26.0],
              [14.5, 15.5, 18.0, 21.5, 25.5, 28.0, 30.5, 31.0, 28.0, 24.0, 19.5, 16.0],
              [48, 46, 42, 34, 30, 32, 34, 37, 40, 42, 46, 50], 1.7),
    "alice": ([37.8, 36.2, 33.3, 28.5, 23.3, 20.2, 19.8, 22.9, 27.8, 31.6, 34.7, 36.8],
              [22.6, 21.5, 18.3, 13.0, 8.3, 5.2, 4.2, 6.3, 11.0, 15.7, 18.9, 21.4],
              [22, 25, 24, 24, 27, 30, 26, 20, 16, 16, 18, 20], 2.0),
}

# place: (label, dst rule, standard offset minutes, dT, rh multiplier, rh absolute)
_HOME = {
    "phoenix": ("Phoenix", "none", -420, 0.0, 1.0, None),
    "dubai": ("Dubai", "none", 240, 0.0, 1.0, None),
    "alice": ("Alice Springs", "none", 570, 0.0, 1.0, None),
}
_IANA = {"phoenix": "America/Phoenix", "dubai": "Asia/Dubai", "alice": "Australia/Darwin"}
_AWAY = {
    "phoenix": [("Tucson", "none", -420, 0.8, 1.1, None), ("Las Vegas", "us", -480, -1.0, 0.9, None),
                ("San Diego", "us", -480, -9.0, 1.0, 66), ("Palm Springs", "us", -480, 1.5, 0.9, None)],
    "dubai": [("Abu Dhabi", "none", 240, 0.5, 1.0, None), ("Doha", "none", 180, 0.5, 1.05, None),
              ("Muscat", "none", 240, -0.5, 1.1, None), ("Al Ain", "none", 240, 1.5, 0.6, None)],
    "alice": [("Darwin", "none", 570, -3.0, 1.0, 68), ("Adelaide", "au", 570, -7.0, 1.0, 45),
              ("Perth", "none", 480, -5.0, 1.0, 45), ("Tennant Creek", "none", 570, 2.0, 0.9, None)],
}
_VACATION = {
    "phoenix": [("San Diego", "us", -480), ("Flagstaff", "none", -420), ("Chicago", "us", -360)],
    "dubai": [("London", "eu", 0), ("Mumbai", "none", 330), ("Tbilisi", "none", 240)],
    "alice": [("Sydney", "au", 600), ("Bali", "none", 480), ("Adelaide", "au", 570)],
}

# key: (name that the product's food table resolves, ndb_no, kcal, Ca, Mg, K, Na per 100 g)
_FOODS = {
    "oats_dry": ("cereals, oats, regular and quick, not fortified, dry", "08120", 379, 52, 138, 362, 6),
    "oatmeal": ("oatmeal", "08121", 71, 9, 27, 70, 4),
    "banana": ("banana", "09040", 89, 5, 27, 358, 1),
    "greek_yogurt": ("greek yogurt", "01256", 59, 110, 11, 141, 36),
    "yogurt": ("yogurt", "01117", 63, 183, 17, 234, 70),
    "eggs_scr": ("scrambled eggs", "01132", 149, 66, 11, 132, 145),
    "egg_boiled": ("egg, whole, cooked, hard-boiled", "01129", 155, 50, 10, 126, 124),
    "egg_fried": ("egg, whole, cooked, fried", "01128", 196, 62, 13, 152, 207),
    "ww_bread": ("bread, whole-wheat, commercially prepared", "18075", 252, 161, 75, 254, 455),
    "white_bread": ("bread, white, commercially prepared (includes soft bread crumbs)", "18069",
                    266, 144, 23, 126, 490),
    "peanut_butter": ("peanut butter", "16098", 598, 49, 168, 558, 426),
    "bagel": ("bagels, plain, enriched, with calcium propionate (includes onion, poppy, sesame), toasted",
              "18002", 287, 15, 24, 116, 457),
    "croissant": ("croissants, butter", "18239", 406, 37, 16, 118, 467),
    "milk": ("milk", "01079", 50, 120, 11, 140, 47),
    "choc_milk": ("chocolate milk", "01103", 76, 109, 14, 169, 66),
    "blueberries": ("blueberries, raw", "09050", 57, 6, 6, 77, 1),
    "strawberries": ("strawberries, raw", "09316", 32, 16, 13, 153, 1),
    "granola": ("granola", "08037", 489, 76, 168, 539, 26),
    "chia": ("chia seeds, dried", "12006", 486, 631, 335, 407, 16),
    "orange": ("orange", "09200", 47, 40, 10, 181, 0),
    "dates": ("medjool dates", "09421", 277, 64, 54, 696, 1),
    "chicken": ("chicken breast", "05064", 165, 15, 29, 256, 74),
    "white_rice": ("white rice", "20045", 130, 10, 12, 35, 1),
    "brown_rice": ("brown rice", "20037", 123, 3, 39, 86, 4),
    "pasta": ("pasta", "20121", 158, 7, 18, 44, 1),
    "salmon": ("salmon, atlantic, farmed, cooked, dry heat", "15237", 206, 15, 30, 384, 61),
    "beef_patty": ("beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", "23568",
                   250, 18, 21, 318, 72),
    "flour_tortilla": ("tortillas, ready-to-bake or -fry, flour, refrigerated", "18364",
                       306, 146, 22, 125, 736),
    "black_beans": ("black beans", "16015", 132, 27, 70, 355, 1),
    "hummus": ("hummus", "16158", 166, 38, 71, 228, 379),
    "pita": ("bread, pita, white, enriched", "18041", 275, 86, 26, 120, 536),
    "ww_pita": ("bread, pita, whole-wheat", "18042", 262, 15, 69, 170, 527),
    "cheddar": ("cheddar cheese", "01009", 404, 710, 27, 76, 653),
    "feta": ("cheese, feta", "01019", 264, 493, 19, 62, 917),
    "mozzarella": ("cheese, mozzarella, whole milk", "01026", 300, 505, 20, 76, 627),
    "spinach": ("spinach, raw", "11457", 23, 99, 79, 558, 79),
    "romaine": ("romaine", "11251", 17, 33, 14, 247, 8),
    "iceberg": ("lettuce, iceberg (includes crisphead types), raw", "11252", 14, 18, 7, 141, 10),
    "tomato": ("tomato", "11529", 18, 10, 11, 237, 5),
    "avocado": ("avocado", "09037", 160, 12, 29, 485, 7),
    "cucumber": ("cucumber, with peel, raw", "11205", 15, 16, 13, 147, 2),
    "broccoli": ("broccoli, raw", "11090", 34, 47, 21, 316, 33),
    "carrots": ("carrots, raw", "11124", 41, 33, 12, 320, 69),
    "sweet_potato": ("sweet potato", "11508", 90, 38, 27, 475, 36),
    "potato": ("potato, baked", "11674", 93, 15, 28, 535, 10),
    "lentils": ("lentils, mature seeds, cooked, boiled, without salt", "16070", 116, 19, 36, 369, 2),
    "quinoa": ("quinoa, cooked", "20137", 120, 17, 64, 172, 7),
    "kale": ("kale, raw", "11233", 49, 150, 47, 491, 38),
    "falafel": ("falafel, home-prepared", "16138", 333, 54, 82, 585, 294),
    "tuna": ("tuna, light, canned in water, drained solids", "15121", 86, 17, 23, 179, 247),
    "couscous": ("couscous, cooked", "20029", 112, 8, 8, 58, 5),
    "burrito_bc": ("fast foods, burrito, with beans and cheese", "21061", 205, 124, 34, 261, 563),
    "burrito_b": ("fast foods, burrito, with beans", "21060", 206, 52, 40, 301, 454),
    "burger": ("fast foods, hamburger; single, regular patty; with condiments", "21108",
               263, 116, 22, 197, 487),
    "pizza": ("pizza, pepperoni topping, regular crust, frozen, cooked", "22903", 274, 168, 27, 239, 590),
    "chips": ("potato chips", "19411", 532, 21, 63, 1196, 527),
    "tortilla_chips": ("tortilla chips, plain", "19056", 472, 106, 84, 182, 328),
    "pretzels": ("pretzels", "19047", 384, 27, 29, 223, 1240),
    "dark_choc": ("chocolate, dark, 70-85% cacao solids", "19904", 598, 73, 228, 715, 20),
    "almonds": ("almonds", "12061", 579, 269, 270, 733, 1),
    "cashews": ("cashew nuts, dry roasted, without salt", "12085", 574, 45, 260, 565, 16),
    "pistachios": ("pistachio nuts, dry roasted, with salt", "12652", 569, 107, 109, 1007, 428),
    "pumpkin_seeds": ("pumpkin seeds", "12016", 574, 52, 550, 788, 18),
    "trail_mix": ("trail mix", "19059", 462, 78, 158, 685, 229),
    "pickles": ("pickles, cucumber, dill or kosher dill", "11937", 12, 57, 7, 117, 809),
    "ice_cream": ("ice creams, vanilla", "19095", 207, 128, 14, 199, 80),
    "watermelon": ("watermelon", "09326", 30, 7, 10, 112, 1),
    "apple": ("apple", "09003", 52, 6, 5, 107, 1),
    "grapes": ("grapes, red or green (european type, such as thompson seedless), raw", "09132",
               69, 10, 7, 191, 2),
    "donut": ("doughnuts, cake-type, plain, sugared or glazed", "18250", 426, 60, 17, 102, 402),
    "cookies": ("cookies, chocolate chip, commercially prepared, regular, lower fat", "18158",
                451, 0, 32, 134, 418),
    "pancakes": ("pancakes, plain, prepared from recipe", "18293", 227, 219, 16, 132, 439),
    "bacon": ("pork, cured, bacon, pre-sliced, cooked, pan-fried", "10862", 468, 11, 31, 499, 1684),
    "ham": ("ham, sliced, regular (approximately 11% fat)", "07029", 163, 24, 22, 287, 1143),
    "lamb": ("lamb, ground, cooked, broiled", "17225", 283, 22, 24, 339, 81),
    "egg_noodles": ("noodles, egg, cooked, enriched", "20110", 138, 12, 21, 38, 5),
    "granola_bar": ("snacks, granola bar, chewy, reduced sugar, all flavors", "25035", 412, 417, 48, 199, 312),
    "protein_bar": ("protein bar", "25067", 412, 322, 71, 793, 436),
    "cottage": ("cottage cheese", "01015", 81, 111, 9, 125, 308),
    "walnuts": ("walnuts", "12155", 654, 98, 158, 441, 2),
    "tahini": ("tahini", "12166", 595, 426, 95, 414, 115),
    "muffin": ("muffins, blueberry, commercially prepared (includes mini-muffins)", "18274",
               375, 44, 10, 121, 336),
    "onion": ("onions, raw", "11282", 40, 23, 10, 146, 4),
    "red_pepper": ("peppers, sweet, red, raw", "11821", 31, 7, 12, 211, 4),
    "mango": ("mango", "09176", 60, 11, 10, 168, 1),
    "cantaloupe": ("cantaloupe", "09181", 34, 9, 12, 267, 16),
    "honey": ("honey", "19296", 304, 6, 2, 52, 4),
    "butter": ("butter, with salt", "01001", 717, 24, 2, 24, 643),
    "olive_oil": ("oil, olive, salad or cooking", "04053", 884, 1, 0, 1, 2),
    "catsup": ("catsup", "11935", 101, 15, 13, 281, 907),
    "jerky": ("beef jerky", "19002", 410, 20, 51, 597, 2081),
    "tofu": ("tofu", "16126", 78, 201, 37, 148, 12),
    "edamame": ("edamame, frozen, prepared", "11212", 121, 63, 64, 436, 6),
    "tilapia": ("fish, tilapia, cooked, dry heat", "15262", 128, 14, 34, 380, 56),
    "raisins": ("raisins, seedless", "09298", 299, 50, 32, 749, 11),
    "peas": ("peas, green, frozen, cooked, boiled, without salt", "11313", 78, 24, 22, 110, 72),
    "green_beans": ("beans, snap, green, cooked, boiled, drained, without salt", "11053", 35, 44, 18, 146, 1),
    "pineapple": ("pineapple, raw, all varieties", "09266", 50, 13, 12, 109, 1),
    "pear": ("pears, raw", "09252", 57, 9, 7, 116, 1),
}

# meal templates: (label, [(food, gmin, gmax), ...], optional cities)
_MEALS = {
    ("breakfast", "good"): [
        ("oats", [("oats_dry", 50, 80), ("banana", 100, 130), ("milk", 220, 300), ("almonds", 15, 30)], None),
        ("yogurt bowl", [("greek_yogurt", 170, 250), ("granola", 40, 60), ("blueberries", 60, 100),
                         ("chia", 10, 15)], None),
        ("eggs on toast", [("eggs_scr", 100, 150), ("ww_bread", 60, 85), ("avocado", 50, 80),
                           ("cheddar", 15, 25), ("orange", 120, 150)], None),
        ("pb oatmeal", [("oatmeal", 250, 350), ("peanut_butter", 16, 32), ("banana", 100, 120),
                        ("milk", 200, 260)], None),
        ("arabic breakfast", [("egg_boiled", 90, 110), ("ww_pita", 55, 70), ("hummus", 50, 80),
                              ("cucumber", 60, 100), ("tomato", 60, 100), ("dates", 30, 50),
                              ("feta", 30, 45)], ("dubai",)),
        ("smoothie", [("banana", 110, 130), ("spinach", 30, 50), ("milk", 250, 300), ("peanut_butter", 16, 32),
                      ("greek_yogurt", 100, 150), ("chia", 10, 15)], None),
    ],
    ("breakfast", "poor"): [
        ("bagel and latte", [("bagel", 95, 120), ("butter", 8, 14), ("milk", 150, 250)], None),
        ("donuts and latte", [("donut", 60, 120), ("milk", 150, 250)], None),
        ("croissant", [("croissant", 60, 85), ("ham", 25, 40), ("cheddar", 15, 25)], None),
        ("pancakes", [("pancakes", 150, 220), ("bacon", 15, 30), ("honey", 15, 25)], None),
        ("muffin and latte", [("muffin", 110, 130), ("milk", 150, 250)], None),
        ("toast", [("white_bread", 55, 75), ("butter", 8, 12), ("honey", 10, 20)], None),
    ],
    ("lunch", "good"): [
        ("chicken rice bowl", [("chicken", 120, 170), ("brown_rice", 150, 220), ("spinach", 50, 80),
                               ("avocado", 40, 70), ("feta", 20, 30)], None),
        ("tuna sandwich", [("tuna", 100, 140), ("ww_bread", 65, 80), ("romaine", 40, 70),
                           ("tomato", 60, 90), ("cheddar", 20, 30), ("apple", 150, 190)], None),
        ("burrito bowl", [("black_beans", 130, 170), ("brown_rice", 130, 170), ("chicken", 90, 120),
                          ("avocado", 50, 70), ("tomato", 50, 80),
                          ("cheddar", 20, 35)], None),
        ("falafel plate", [("falafel", 100, 150), ("ww_pita", 55, 70), ("hummus", 50, 80),
                           ("cucumber", 50, 80), ("tomato", 50, 80), ("tahini", 10, 20),
                           ("yogurt", 100, 150)], None),
        ("lentil quinoa salad", [("lentils", 170, 220), ("quinoa", 130, 180), ("kale", 40, 60),
                                 ("feta", 30, 45)], None),
        ("salmon quinoa", [("salmon", 110, 140), ("quinoa", 150, 200), ("broccoli", 90, 130),
                           ("yogurt", 120, 170)], None),
    ],
    ("lunch", "poor"): [
        ("burger and chips", [("burger", 200, 260), ("chips", 40, 60)], None),
        ("drive-thru burrito", [("burrito_bc", 250, 350)], None),
        ("pizza slices", [("pizza", 230, 330)], None),
        ("ham sandwich", [("white_bread", 65, 80), ("ham", 50, 70), ("cheddar", 20, 30), ("chips", 25, 40)], None),
        ("pasta", [("pasta", 250, 340), ("butter", 8, 15), ("mozzarella", 15, 25)], None),
        ("takeout rice", [("white_rice", 230, 300), ("chicken", 70, 100)], None),
    ],
    ("dinner", "good"): [
        ("salmon potato", [("salmon", 140, 180), ("potato", 200, 280), ("broccoli", 100, 150),
                           ("milk", 200, 250)], None),
        ("chicken sweet potato", [("chicken", 140, 180), ("sweet_potato", 180, 240), ("green_beans", 100, 140),
                                  ("olive_oil", 8, 12), ("feta", 25, 35)], None),
        ("burger at home", [("beef_patty", 110, 140), ("potato", 220, 280), ("romaine", 50, 70),
                            ("tomato", 70, 100), ("cheddar", 20, 30)], None),
        ("lamb couscous", [("lamb", 110, 140), ("couscous", 140, 180), ("spinach", 50, 80),
                           ("edamame", 70, 100), ("hummus", 40, 60),
                           ("yogurt", 100, 150)], None),
        ("tofu stir fry", [("tofu", 140, 180), ("brown_rice", 170, 210), ("broccoli", 90, 120),
                           ("edamame", 70, 90), ("red_pepper", 60, 90)], None),
        ("tilapia quinoa", [("tilapia", 140, 170), ("quinoa", 160, 200), ("peas", 90, 120),
                            ("red_pepper", 60, 90), ("mozzarella", 20, 30)], None),
        ("bean tacos", [("black_beans", 150, 200), ("flour_tortilla", 70, 95), ("avocado", 60, 80),
                        ("cheddar", 30, 45), ("tomato", 50, 70)], ("phoenix",)),
    ],
    ("dinner", "poor"): [
        ("pasta night", [("pasta", 300, 400), ("mozzarella", 20, 35)], None),
        ("frozen pizza", [("pizza", 300, 420)], None),
        ("fast food", [("burger", 220, 280), ("chips", 30, 50)], None),
        ("rice and chicken", [("white_rice", 240, 300), ("chicken", 100, 130)], None),
        ("buttered noodles", [("egg_noodles", 280, 350), ("butter", 12, 18)], None),
        ("quesadilla", [("flour_tortilla", 90, 120), ("cheddar", 40, 60), ("beef_patty", 50, 70)], None),
    ],
    ("snack", "good"): [
        ("almonds", [("almonds", 25, 40)], None), ("banana", [("banana", 110, 130)], None),
        ("greek yogurt", [("greek_yogurt", 150, 200), ("strawberries", 60, 90)], None),
        ("trail mix", [("trail_mix", 35, 50)], None),
        ("apple pb", [("apple", 150, 190), ("peanut_butter", 16, 32)], None),
        ("dark chocolate", [("dark_choc", 20, 30), ("cashews", 15, 25)], None),
        ("pumpkin seeds", [("pumpkin_seeds", 15, 28)], None), ("dates", [("dates", 35, 50), ("walnuts", 10, 20)], None),
        ("watermelon", [("watermelon", 250, 350)], None), ("cantaloupe", [("cantaloupe", 180, 250)], None),
        ("pistachios", [("pistachios", 25, 35)], None), ("protein bar", [("protein_bar", 50, 60)], None),
        ("cottage cheese", [("cottage", 150, 200), ("pineapple", 80, 120)], None),
        ("cheese and apple", [("cheddar", 25, 40), ("apple", 150, 190)], None),
    ],
    ("snack", "poor"): [
        ("cookies", [("cookies", 40, 60)], None), ("chips", [("chips", 40, 60)], None),
        ("pretzels", [("pretzels", 40, 60)], None), ("ice cream", [("ice_cream", 100, 150)], None),
        ("granola bar", [("granola_bar", 24, 40)], None), ("donut", [("donut", 55, 70)], None),
        ("tortilla chips", [("tortilla_chips", 40, 60)], None),
    ],
}

# medication candidates for the planted cause: (name, note, weight, female-only age>=50)
_CRAMP_MEDS = [
    ("hydrochlorothiazide", "12.5 mg once a day for blood pressure", 3.0),
    ("chlorthalidone", "25 mg every morning, BP", 1.5),
    ("spironolactone", "25 mg daily", 1.2),
    ("salmeterol", "Advair Diskus 250/50 (fluticasone/salmeterol), 1 puff twice a day - dust/asthma", 2.0),
    ("formoterol", "Symbicort (budesonide/formoterol) 2 puffs twice daily", 1.5),
    ("atorvastatin", "20 mg at night, cholesterol", 1.5),
    ("rosuvastatin", "10 mg daily", 1.0),
    ("naproxen", "500 mg twice a day for tennis elbow", 1.0),
    ("nifedipine", "30 mg XL once daily", 0.8),
]
_DECOY_MEDS = [
    ("cetirizine", "10 mg for allergies", True),
    ("loratadine", "10 mg, allergy season", True),
    ("fluticasone nasal spray", "2 sprays each nostril", True),
    ("lisinopril", "10 mg daily", False),
    ("metformin", "500 mg twice daily", False),
    ("tamsulosin", "0.4 mg at bedtime", False),
]

_LAY_NOTES = ["prob dehydrated", "need more bananas", "should have had pickle juice",
              "low on electrolytes?", "think it's the heat", "too much coffee?", "not enough sleep lately",
              "mom says magnesium", "no idea why", "happens sometimes"]


def _ramp(x: float, lo: float, hi: float) -> float:
    if x <= lo:
        return 0.0
    if x >= hi:
        return 1.0
    return (x - lo) / (hi - lo)


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _nth_sunday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    first = d + timedelta(days=(6 - d.weekday()) % 7)
    return first + timedelta(weeks=n - 1)


def _last_sunday(y: int, m: int) -> date:
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _offset(rule: str, std: int, d: date) -> int:
    if rule == "us":
        return std + 60 if _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1) else std
    if rule == "au":
        return std + 60 if (d >= _nth_sunday(d.year, 10, 1) or d < _nth_sunday(d.year, 4, 1)) else std
    if rule == "eu":
        return std + 60 if _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10) else std
    return std


def _diurnal(h: float) -> float:
    """0 at the ~05:30 minimum, 1 at the ~15:30 maximum."""
    h = h % 24.0
    if 5.5 <= h <= 15.5:
        return math.sin(0.5 * math.pi * (h - 5.5) / 10.0) ** 1.5
    hh = h - 15.5 if h > 15.5 else h + 24.0 - 15.5
    return 0.5 + 0.5 * math.cos(math.pi * hh / 14.0)


def _seed_int(cause: str | None, seed: int, attempt: int) -> int:
    h = hashlib.sha256(f"blind-journals-ad|{cause}|{seed}|{attempt}".encode()).digest()
    return int.from_bytes(h[:8], "big")


# ----------------------------------------------------------------------------------------
# Generator
# ----------------------------------------------------------------------------------------

class _Gen:
    def __init__(self, cause: str | None, seed: int):
        self.cause = cause
        self.seed = seed
        self.r = random.Random(_seed_int(cause, seed, 0))
        self.out: list[dict] = []
        self.debug: dict = {}

    # ---------------- person and calendar ----------------
    def person(self):
        r = self.r
        self.city = r.choices(["phoenix", "dubai", "alice"], weights=[0.4, 0.38, 0.22])[0]
        self.sport = r.choice(["tennis", "pickleball"])
        self.south = self.city == "alice"
        self.imperial = self.city == "phoenix"
        self.sex = r.choice(["male", "female"])
        age = r.randint(24, 58) if self.sport == "tennis" else r.randint(38, 72)
        self.age = age
        if self.sex == "male":
            self.mass0 = round(r.uniform(68, 96), 1)
            self.height = round(r.gauss(178, 7))
        else:
            self.mass0 = round(r.uniform(54, 80), 1)
            self.height = round(r.gauss(165, 6))
        self.sweat_base = r.uniform(1.0, 1.5)
        self.sweat_na = _clip(r.triangular(700, 1500, 1050), 700, 1500)
        self.drink_frac = r.uniform(0.28, 0.55)
        self.p_drink_well = r.uniform(0.2, 0.35)
        self.p_na_drink = r.uniform(0.3, 0.6)
        self.na_style = r.choice(["sports", "sports", "electrolyte", "electrolyte", "mixed"])
        self.salt_tabs = r.random() < 0.3
        self.p_weigh = r.uniform(0.68, 0.88)
        self.p_fluid_log = r.uniform(0.78, 0.95)
        self.p_meal_day = r.uniform(0.58, 0.86)
        self.p_day_fluid = r.uniform(0.45, 0.85)
        self.p_rpe = r.uniform(0.72, 0.95)
        self.p_scale = r.uniform(0.3, 0.8)
        self.watch = r.choice(["garmin", "garmin", "apple", "apple", "polar"])
        self.has_sleep_watch = r.random() < 0.85
        self.p_sleep = r.uniform(0.84, 0.95) if self.has_sleep_watch else r.uniform(0.6, 0.8)
        if self.city == "alice":
            self.p_dawn = r.uniform(0.1, 0.4)
            self.eve_start = r.uniform(16.0, 17.4)
        else:
            self.p_dawn = r.uniform(0.12, 0.5)
            self.eve_start = r.uniform(16.8, 19.0)
        self.utc_style = r.choice(["local", "local", "local", "utc_z", "utc_offset"])
        self.meal_style = r.choice(["names", "names", "ndb", "mixed"])
        self.bottle = r.choice([710, 946, 750, 1000, 1180] if self.imperial else [750, 1000, 600, 1500])
        self.usual_bed = r.uniform(21.5, 23.2)
        self.usual_wake = r.uniform(5.9, 7.0)
        self.diet_q = r.uniform(0.6, 0.85)
        self.portion = (1.12 if self.sex == "male" else 0.88) * r.uniform(0.92, 1.08)
        self.hr_rest = r.randint(48, 66)
        self.hr_max = int(208 - 0.7 * age)
        self.multivit = r.random() < 0.25
        older_woman = self.sex == "female" and age >= 50
        self.ca_supp = older_woman and r.random() < 0.55
        self.dairy = 1.35 if older_woman else 1.0
        self.beer = r.random() < 0.5
        self.coffee_cups = r.choice([0, 1, 1, 2, 2, 3])
        self.tea = self.city == "dubai" and r.random() < 0.6
        self.med_dur = 90.0 if self.sport == "tennis" else 105.0
        self.med_dur *= r.uniform(0.85, 1.15)

    def calendar(self):
        r = self.r
        self.L = r.randint(165, 345)
        if self.south:
            y = r.choice([2024, 2025, 2026])
            center = date(y, 1, 15)
        else:
            y = r.choice([2023, 2024, 2025])
            center = date(y, 7, 15)
        off = r.randint(55, self.L - 55)
        self.d0 = center - timedelta(days=off)
        self._days = [self.d0 + timedelta(days=i) for i in range(self.L + 1)]
        self.home = _HOME[self.city]
        self.loc = [self.home] * self.L           # where the person is on each day
        self.trip = [None] * self.L
        # AR(1) weather anomaly with heat waves
        a, anom = 0.0, []
        hw = 0
        for i in range(self.L):
            a = 0.75 * a + r.gauss(0, 1.2)
            if hw == 0 and r.random() < 0.018:
                hw = r.randint(3, 7)
            extra = r.uniform(2.0, 3.5) if hw > 0 else 0.0
            hw = max(0, hw - 1)
            anom.append(a + extra)
        self.anom = anom

    def day(self, i: int) -> date:
        if 0 <= i < len(self._days):
            return self._days[i]
        return self.d0 + timedelta(days=i)

    def prep_days(self):
        """Cache dates, UTC offsets and local midnights once the itinerary is known."""
        self._days = [self.d0 + timedelta(days=i) for i in range(self.L + 1)]
        self._offs = []
        self._midnight = []
        for i in range(self.L + 1):
            loc = self.loc[min(i, self.L - 1)]
            o = _offset(loc[1], loc[2], self._days[i])
            d = self._days[i]
            self._offs.append(o)
            self._midnight.append(datetime(d.year, d.month, d.day, tzinfo=timezone(timedelta(minutes=o))))

    def off(self, i: int) -> int:
        return self._offs[min(max(i, 0), self.L - 1)]

    def at(self, i: int, hours: float, off: int | None = None) -> datetime:
        if off is None and 0 <= i <= self.L:
            base = self._midnight[i]
        else:
            d = self.day(i)
            o = self.off(i) if off is None else off
            base = datetime(d.year, d.month, d.day, tzinfo=timezone(timedelta(minutes=o)))
        return base + timedelta(seconds=round(hours * 3600))

    def clim(self, i: int):
        tmax_m, tmin_m, rh_m, mf = _CLIMATE[self.city]
        d = self.day(i)
        x = (d.month - 1) + (d.day - 15) / 30.4
        k = math.floor(x)
        f = x - k
        k0, k1 = k % 12, (k + 1) % 12
        tmax = tmax_m[k0] * (1 - f) + tmax_m[k1] * f + self.anom[i]
        tmin = tmin_m[k0] * (1 - f) + tmin_m[k1] * f + 0.7 * self.anom[i]
        rh = rh_m[k0] * (1 - f) + rh_m[k1] * f
        loc = self.loc[i]
        tmax += loc[3]
        tmin += 0.8 * loc[3]
        if loc[5] is not None:
            rh = loc[5]
            mf = 1.3
        else:
            rh *= loc[4]
        return tmax, tmin, rh, mf

    def weather(self, i: int, h: float):
        tmax, tmin, rh, mf = self.clim(i)
        s = _diurnal(h)
        t = tmin + (tmax - tmin) * s
        rhh = _clip(rh * (1 + (1 - s) * (mf - 1)) * self.r.uniform(0.85, 1.15), 4, 97)
        return t, rhh

    def hotness(self, i: int) -> float:
        return self.clim(i)[0]

    # ---------------- training plan ----------------
    def plan(self):
        r, L = self.r, self.L
        self.brk = [None] * L
        self.boost = [0.0] * L
        self.tourn = [False] * L
        breaks = []
        cur = r.randint(32, 48)
        while cur < L - 14:
            ln = r.randint(9, 17)
            kind = r.choice(["vacation", "vacation", "sick", "injury", "holiday", "work travel"])
            breaks.append((cur, min(L - 1, cur + ln - 1), kind))
            cur += ln + r.randint(36, 60)
        # short interruptions (a few days) that do not make big spikes
        for _ in range(L // 60):
            s = r.randint(10, L - 8)
            if all(not (b0 - 8 <= s <= b1 + 8) for b0, b1, _k in breaks):
                breaks.append((s, s + r.randint(2, 4), r.choice(["sick", "busy at work", "rain/dust storm"])))
        breaks.sort()
        self.breaks = breaks
        for b0, b1, kind in breaks:
            for i in range(b0, b1 + 1):
                self.brk[i] = kind
            long_break = (b1 - b0) >= 8
            if long_break:
                keen = r.uniform(0.35, 0.6)
                for j in range(b1 + 1, min(L, b1 + 1 + r.randint(10, 16))):
                    self.boost[j] = max(self.boost[j], keen)
                if kind == "vacation":
                    vac = r.choice(_VACATION[self.city])
                    for i in range(b0, b1 + 1):
                        if b0 < i < b1:
                            self.loc[i] = (vac[0], vac[1], vac[2], 0.0, 1.0, None)
        # build-up weeks (league playoffs, camp, coaching block)
        for _ in range(max(1, L // 80)):
            s = r.randint(30, max(31, L - 14))
            if any(self.brk[j] for j in range(s, min(L, s + 10))):
                continue
            for j in range(s, min(L, s + r.randint(7, 11))):
                self.boost[j] = max(self.boost[j], r.uniform(0.35, 0.6))
        # tournaments: roughly every 3-5 weeks on a weekend, some two-day, some away
        i = r.randint(5, 20)
        self.trips = []
        while i < L - 3:
            d = self.day(i)
            sat = i + (5 - d.weekday()) % 7
            if sat >= L - 2:
                break
            if not self.brk[sat] and not self.brk[min(L - 1, sat + 1)]:
                self.tourn[sat] = True
                two = r.random() < 0.45
                if two:
                    self.tourn[sat + 1] = True
                if r.random() < 0.3 and sat > 3:
                    place = r.choice(_AWAY[self.city])
                    for j in range(sat - 1, sat + (2 if two else 1) + 1):
                        if j < L:
                            self.loc[j] = place
                            self.trip[j] = place[0]
                    self.trips.append((sat, place[0]))
            i = sat + r.randint(18, 38)
        # weekly pattern
        dows = [0, 1, 2, 3, 4]
        r.shuffle(dows)
        n_wk = r.choice([2, 2, 3, 3, 4])
        racket_days = sorted(dows[:n_wk]) + [5, 6]
        self.p_racket = [0.12] * 7
        for dd in racket_days:
            self.p_racket[dd] = r.uniform(0.72, 0.92)
        others = [dd for dd in range(5) if dd not in racket_days]
        self.p_strength = [0.0] * 7
        for dd in others[:r.choice([1, 1, 2])]:
            self.p_strength[dd] = r.uniform(0.55, 0.85)
        self.extra_kind = r.choice(["running", "cycling", "yoga", "walking", "none"])
        self.p_extra = r.uniform(0.1, 0.3) if self.extra_kind != "none" else 0.0

    # ---------------- sessions ----------------
    def start_hour(self, i: int, tourn: bool, kind: str) -> float:
        r = self.r
        tmax = self.hotness(i)
        wkend = self.day(i).weekday() >= 5
        if tourn:
            return r.uniform(6.8, 8.8) if tmax >= 33 else r.uniform(8.0, 9.5)
        dawn = r.random() < self.p_dawn
        if kind == "yoga":
            return r.uniform(17.5, 19.0) if r.random() < 0.6 else r.uniform(6.0, 7.5)
        if tmax >= 35:
            if wkend:
                if self.city == "alice" and r.random() < 0.4:
                    return self.eve_start + r.uniform(-0.5, 0.5)
                return r.uniform(5.5, 7.0) if r.random() < 0.5 else r.uniform(7.0, 9.5)
            if dawn:
                return r.uniform(5.0, 6.75)
            return self.eve_start + r.uniform(-0.4, 0.8)
        if tmax >= 27:
            if wkend:
                return r.uniform(6.5, 10.0)
            if dawn:
                return r.uniform(6.0, 8.5)
            return r.uniform(16.5, 19.0)
        if dawn or wkend:
            return r.uniform(7.8, 10.5)
        return r.uniform(15.0, 18.0)

    def make_session(self, i, activity, kind, hour=None):
        r = self.r
        tourn = kind == "tournament"
        h = self.start_hour(i, tourn, activity) if hour is None else hour
        if activity == "racket_sport":
            if tourn:
                dur = r.uniform(150, 300)
                rpe = _clip(r.gauss(7.8, 0.7), 6.0, 10.0)
            elif kind == "long":
                dur = self.med_dur * r.uniform(1.45, 2.1)
                rpe = _clip(r.gauss(6.6, 0.9), 4.0, 9.0)
            else:
                dur = self.med_dur * math.exp(r.gauss(0, 0.16))
                rpe = _clip(r.gauss(5.8, 1.0), 3.0, 8.5)
            indoor = r.random() < (0.2 if self.sport == "pickleball" else 0.06)
            if tourn:
                indoor = r.random() < 0.08
            legs = True
        elif activity == "strength":
            dur, rpe, indoor = r.uniform(40, 70), _clip(r.gauss(6.0, 0.8), 4, 8), True
            legs = r.random() < 0.5
        elif activity == "running":
            dur, rpe, indoor, legs = r.uniform(25, 55), _clip(r.gauss(6.0, 0.9), 4, 8), False, True
        elif activity == "cycling":
            dur, rpe, indoor, legs = r.uniform(40, 100), _clip(r.gauss(5.5, 1.0), 3, 8), r.random() < 0.3, True
        elif activity == "yoga":
            dur, rpe, indoor, legs = r.uniform(45, 65), _clip(r.gauss(2.5, 0.6), 1, 4), True, False
        else:  # walking
            dur, rpe, indoor, legs = r.uniform(30, 60), _clip(r.gauss(2.2, 0.5), 1, 4), False, False
        if self.trip[i] is not None and not tourn:
            indoor = indoor or r.random() < 0.2
        mid = h + 0.6 * dur / 60.0
        if indoor:
            t, rh = r.uniform(21.0, 25.5), r.uniform(28, 45)
            t_out, rh_out = self.weather(i, mid)
        else:
            t, rh = self.weather(i, mid)
            t += r.gauss(0, 0.5)
            t_out, rh_out = t, rh
        if not indoor and activity == "racket_sport":
            rpe = _clip(rpe + 0.03 * max(0.0, t - 30), 0, 10)
        teff = t + max(0.0, rh - 40) * 0.08 * max(0.0, t - 26) / 10.0
        s = dict(i=i, h=h, dur=dur, activity=activity, kind=kind, rpe=rpe, indoor=indoor, t=t, rh=rh,
                 t_out=t_out, rh_out=rh_out, teff=teff, legs=legs, tourn=tourn)
        s["start"] = self.at(i, h)
        s["end"] = s["start"] + timedelta(minutes=dur)
        s["load"] = dur * rpe
        return s

    def sessions_gen(self):
        r, L = self.r, self.L
        self.sessions = []
        for i in range(L):
            if self.brk[i]:
                continue
            dow = self.day(i).weekday()
            todays = []
            if self.tourn[i]:
                todays.append(self.make_session(i, "racket_sport", "tournament"))
            else:
                p = self.p_racket[dow] + self.boost[i] * (1.0 if self.p_racket[dow] < 0.5 else 0.1)
                if self.trip[i] is not None:
                    p *= 0.5
                if r.random() < p:
                    kind = "long" if r.random() < 0.07 else "normal"
                    todays.append(self.make_session(i, "racket_sport", kind))
                    if self.boost[i] > 0 and r.random() < 0.12:
                        # two-a-day: clinic in the evening after a morning hit
                        h2 = max(todays[0]["h"] + todays[0]["dur"] / 60 + 4, 17.5)
                        if h2 < 21:
                            todays.append(self.make_session(i, "racket_sport", "normal", hour=h2))
                if r.random() < self.p_strength[dow] and not self.trip[i]:
                    hh = r.uniform(16.5, 19.5) if not todays or todays[0]["h"] < 12 else r.uniform(6, 7.5)
                    todays.append(self.make_session(i, "strength", "normal", hour=hh))
                if self.extra_kind != "none" and r.random() < self.p_extra and not todays:
                    todays.append(self.make_session(i, self.extra_kind, "normal"))
            todays.sort(key=lambda s: s["h"])
            self.sessions.extend(todays)
        for k, s in enumerate(self.sessions):
            s["k"] = k

    # ---------------- physiology per session ----------------
    def physiology(self):
        r = self.r
        actf = {"racket_sport": 1.0 if self.sport == "tennis" else 0.8, "running": 1.1, "cycling": 0.9,
                "strength": 0.55, "yoga": 0.3, "walking": 0.45}
        # daily body mass (true)
        trend_a, trend_p = r.uniform(0.4, 1.4), r.uniform(0, 6.28)
        self.day_mass = []
        for i in range(self.L):
            m = self.mass0 + trend_a * math.sin(2 * math.pi * i / 160.0 + trend_p) + r.gauss(0, 0.35)
            self.day_mass.append(m)
        for s in self.sessions:
            rate = self.sweat_base * _clip(1 + 0.035 * (s["teff"] - 25), 0.6, 1.8) * (0.55 + 0.075 * s["rpe"])
            rate *= actf[s["activity"]]
            rate = _clip(rate * r.uniform(0.9, 1.1), 0.2, 2.8)
            hours = s["dur"] / 60.0
            sweat = rate * hours
            s["sweat_L"] = sweat
            f = self.drink_frac + r.gauss(0, 0.15)
            s["forgot"] = False
            x = r.random()
            if x < 0.11:
                f = r.uniform(0.08, 0.25)
                s["forgot"] = True
            elif x < 0.11 + self.p_drink_well:
                f = r.uniform(0.75, 1.05)    # made a point of drinking (a big jug, cooler at the court)
            if s["activity"] in ("yoga", "walking", "strength"):
                f = _clip(f, 0.1, 0.9)
            f = _clip(f, 0.05, 1.15)
            target = sweat * f
            # drink plan
            p_na = self.p_na_drink + (0.15 if s["tourn"] else 0) + (0.1 if s["teff"] > 38 else 0)
            if s["activity"] in ("yoga", "walking", "strength"):
                p_na *= 0.3
            plan = "water"
            if r.random() < p_na:
                if self.na_style == "mixed":
                    plan = r.choice(["sports", "electrolyte", "ors"])
                else:
                    plan = self.na_style if r.random() < 0.85 else r.choice(["sports", "electrolyte", "ors"])
            drinks = []  # (offset_min from start, ml, drink, sodium_mg or None, brand)
            left = target
            if plan == "sports" and left > 0.15:
                n = 1 if left < 1.2 or r.random() < 0.5 else 2
                for j in range(n):
                    size = 591 if self.imperial else r.choice([500, 600])
                    ml = min(size, left * 1000)
                    if ml < 100:
                        break
                    drinks.append([None, ml, "sports_drink", None, "Gatorade" if self.city != "alice" else "Powerade"])
                    left -= ml / 1000
            elif plan == "electrolyte" and left > 0.15:
                brand = r.choice(["LMNT", "Liquid IV", "Nuun"])
                size = self.bottle
                ml = min(size, left * 1000)
                na = {"LMNT": 1000, "Liquid IV": 500, "Nuun": 300}[brand]
                if ml < 0.5 * size:
                    na = na * ml / size
                drinks.append([None, ml, "electrolyte_drink", round(na), brand])
                left -= ml / 1000
            elif plan == "ors" and left > 0.15:
                ml = min(500, left * 1000)
                drinks.append([None, ml, "ors", round(1035 * ml / 1000), "Pedialyte" if self.city == "phoenix" else "Hydralyte"])
                left -= ml / 1000
            while left > 0.08:
                ml = min(self.bottle, left * 1000)
                drinks.append([None, ml, "water", None, None])
                left -= ml / 1000
            r.shuffle(drinks)
            n = len(drinks)
            for j, d in enumerate(drinks):
                d[0] = s["dur"] * (j + r.uniform(0.5, 0.95)) / max(1, n)
                # the volumes are what was actually drunk, rounded to what a person would log
                d[1] = max(60.0, round(d[1] / 30.0) * 30.0) if not self.imperial else max(59.0, round(d[1] / 29.57) * 29.57)
            s["drinks"] = drinks
            intake = sum(d[1] for d in drinks) / 1000.0
            s["intake_L"] = intake
            salt_caps = 0
            if self.salt_tabs and (s["tourn"] or s["kind"] == "long" or s["teff"] > 37) and r.random() < 0.6:
                salt_caps = r.randint(1, 3)
            s["salt_caps"] = salt_caps
            # pre drink and recovery drink
            s["pre_drink"] = r.randint(300, 600) if r.random() < 0.55 else 0
            s["pre_drink_min"] = r.uniform(20, 60)
            rec = None
            if s["activity"] not in ("yoga", "walking") and r.random() < 0.7:
                kind = r.choices(["water", "sports_drink", "choc_milk", "coconut_water", "electrolyte_drink"],
                                 weights=[5, 2, 1.2, 1.0 if self.city != "alice" else 0.2, 0.8])[0]
                rec = (r.uniform(25, 90), r.choice([350, 500, 600, 750]) if kind == "water" else r.choice([330, 500, 591]), kind)
            s["rec"] = rec
            na_repl = 0.0
            for d in drinks:
                if d[3] is not None:
                    na_repl += d[3]
                else:
                    na_repl += d[1] / 1000.0 * {"water": 0, "sports_drink": 460, "electrolyte_drink": 1000,
                                                 "ors": 1725}[d[2]]
            na_repl += 215 * salt_caps
            if rec is not None and rec[0] <= 60:
                na_repl += rec[1] / 1000.0 * {"water": 0, "sports_drink": 460, "choc_milk": 430,
                                               "coconut_water": 250, "electrolyte_drink": 1000}[rec[2]]
            s["na_loss"] = sweat * self.sweat_na
            s["unrep_g"] = max(0.0, s["na_loss"] - na_repl) / 1000.0
            pre = self.day_mass[s["i"]] + r.gauss(0, 0.2) + s["pre_drink"] / 1000.0 * 0.5
            post = pre - sweat + intake - 0.05 * hours
            s["pre"], s["post"] = pre, post
            s["bm_pct"] = (pre - post) / pre * 100.0

    def loads(self):
        L = self.L
        daily = [0.0] * L
        for s in self.sessions:
            daily[s["i"]] += s["load"]
        self.daily_load = daily
        # ACWR: acute = last 7 days incl. today; chronic = last 28 days / 4
        per_day = {}
        for s in self.sessions:
            per_day.setdefault(s["i"], []).append(s)
        for s in self.sessions:
            i = s["i"]
            if i < 28:
                s["acwr"] = 1.0
                continue
            same_day_before = sum(x["load"] for x in per_day[i] if x["h"] < s["h"])
            acute = sum(daily[i - 6:i]) + same_day_before + s["load"]
            chronic = (sum(daily[i - 27:i]) + same_day_before + s["load"]) / 4.0
            s["acwr"] = acute / chronic if chronic > 0 else 1.0
        rk = sorted(x["dur"] for x in self.sessions if x["activity"] == "racket_sport")
        rl = sorted(x["load"] for x in self.sessions if x["activity"] == "racket_sport")
        med_d = rk[len(rk) // 2] if rk else 90.0
        med_l = rl[len(rl) // 2] if rl else 500.0
        leg_days = [False] * L
        big_days = [False] * L
        for s in self.sessions:
            if s["legs"]:
                leg_days[s["i"]] = True
            if s["load"] >= 1.3 * med_l:
                big_days[s["i"]] = True
        for s in self.sessions:
            i = s["i"]
            c = 1
            while i - c >= 0 and leg_days[i - c]:
                c += 1
            s["consec"] = c
            second = any(x["h"] < s["h"] and x["legs"] for x in per_day[i])
            w = 0.0
            if s["legs"] and s["activity"] in ("racket_sport", "running", "cycling", "strength"):
                w = max(_ramp(s["dur"] / med_d, 1.35, 1.9), _ramp(s["load"] / med_l, 1.45, 2.1))
                if c >= 4:
                    w = max(w, 0.5)
                elif c == 3:
                    w = max(w, 0.25)
                if second:
                    w = max(w, 0.5)
                if c == 2 and big_days[i - 1]:
                    w = max(w, 0.25)
            s["w_fatigue"] = w
            active = s["activity"] in ("racket_sport", "running", "cycling", "strength")
            s["w_spike"] = _ramp(s["acwr"], 1.45, 1.8) if active else 0.0
            s["w_heat"] = 0.0 if (s["indoor"] or not active) else _ramp(s["teff"], 31, 39)
            s["w_dehyd"] = _ramp(s["bm_pct"], 1.7, 2.8) if active else 0.0
            s["w_elec"] = _ramp(s["unrep_g"], 1.8, 3.4) if active else 0.0
        self.med_d, self.med_l = med_d, med_l

    # ---------------- sleep ----------------
    def sleep_gen(self):
        r, L = self.r, self.L
        first = {}
        for s in self.sessions:
            if s["i"] not in first:
                first[s["i"]] = s
        self.nights = {}   # night index n = the night BEFORE day n (bed on day n-1)
        for n in range(1, L):
            d_prev = self.day(n - 1)
            bed = self.usual_bed + r.gauss(0, 0.35)
            if d_prev.weekday() in (4, 5):
                bed += r.uniform(0.2, 1.0)
            wake = self.usual_wake + r.gauss(0, 0.3)
            if self.day(n).weekday() >= 5:
                wake += r.uniform(0.2, 1.0)
            fs = first.get(n)
            reason = None
            if fs is not None and fs["h"] < wake + 0.7:
                wake = fs["h"] - r.uniform(0.5, 0.9)
                bed -= r.uniform(0.0, 0.4)
            if fs is not None and fs["tourn"]:
                wake = min(wake, fs["h"] - r.uniform(0.8, 1.4))
                if r.random() < 0.4:
                    bed += r.uniform(0.5, 1.5)
                    reason = "nerves before tournament"
            if self.trip[n] is not None and self.trip[n - 1] is None:
                bed += r.uniform(0.8, 2.0)
                reason = "travel"
            hot = self.clim(n - 1)[1] >= 27
            x = r.random()
            lost = 0.0
            hot_p = 0.1 if hot else 0.0
            if x < 0.1:
                lost, reason = r.uniform(1.5, 3.4), "couldn't sleep"
            elif x < 0.1 + hot_p:
                lost, reason = r.uniform(1.0, 2.4), "hot night, AC struggling"
            elif x < 0.24 + hot_p and d_prev.weekday() in (4, 5):
                bed += r.uniform(1.2, 2.5)
                reason = "late night out"
            elif x < 0.17 + hot_p:
                lost, reason = r.uniform(0.9, 2.2), r.choice(["work deadline", "kid up at night", "dog woke me",
                                                               "early flight for work", "stressed"])
            if self.brk[n] in ("sick",):
                lost = max(lost, r.uniform(0.0, 1.5))
            hours = (24 - bed) + wake - lost - r.uniform(0.1, 0.35)
            hours = _clip(hours, 2.5, 10.5)
            self.nights[n] = dict(bed=bed, hours=hours, reason=reason, cramp=False)
        hs = sorted(v["hours"] for v in self.nights.values())
        self.usual_sleep = hs[len(hs) // 2]
        for n, v in self.nights.items():
            v["deficit"] = self.usual_sleep - v["hours"]
            v["w"] = _ramp(v["deficit"], 1.2, 2.4)

    # ---------------- diet ----------------
    def diet_phase(self):
        r, L = self.r, self.L
        self.low = [False] * L
        self.recover_day = None
        if self.cause == "nutrient_deficiency":
            if r.random() < 0.5:
                end = int(L * r.uniform(0.6, 0.75))
                for i in range(0, end):
                    self.low[i] = True
                self.recover_day = end
                self.low_window = (0, end)
            else:
                st = int(L * r.uniform(0.2, 0.35))
                for i in range(st, L):
                    self.low[i] = True
                self.low_window = (st, L)
        # a mild holiday / busy dip in every journal
        self.dip = [0.0] * L
        for _ in range(1 + L // 150):
            s = r.randint(0, L - 20)
            for j in range(s, s + r.randint(10, 20)):
                self.dip[j] = r.uniform(0.15, 0.3)

    def choose_meal(self, slot: str, good: bool):
        r = self.r
        pool = [m for m in _MEALS[(slot, "good" if good else "poor")] if m[2] is None or self.city in m[2]]
        label, items, _c = r.choice(pool)
        out = []
        for key, g0, g1 in items:
            g = r.uniform(g0, g1) * (self.portion if slot != "snack" else 1.0)
            if key in ("milk", "greek_yogurt", "yogurt", "cheddar", "feta", "mozzarella", "cottage"):
                g *= self.dairy
            out.append((key, g))
        return label, out

    # ---------------- helpers for output ----------------
    def ts(self, dt: datetime, device: bool = False) -> str:
        if device and self.utc_style != "local":
            u = dt.astimezone(timezone.utc)
            s = u.isoformat(timespec="seconds")
            return s.replace("+00:00", "Z") if self.utc_style == "utc_z" else s
        return dt.isoformat(timespec="seconds")

    def hand_time(self, dt: datetime, step: int = 5) -> datetime:
        m = dt.minute - dt.minute % step
        return dt.replace(minute=m, second=0, microsecond=0)

    def uid(self) -> str:
        x = "%032x" % self.r.getrandbits(128)
        return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-{x[16:20]}-{x[20:]}"

    def mass_str(self, kg: float, hand: bool):
        if self.imperial and hand:
            return f"{round(kg * 2.20462 / 0.2) * 0.2:.1f} lb"
        return round(kg, 1)

    def vol(self, ml: float, hand: bool):
        if self.imperial and hand:
            oz = ml / 29.5735
            return f"{round(oz * 2) / 2:g} oz"
        if hand and self.r.random() < 0.15 and ml >= 500:
            return f"{round(ml / 50) * 50 / 1000:g} L"
        return round(ml)

    # ---------------- emitting: profile, workouts, body mass, fluids ----------------
    def emit_profile(self):
        r = self.r
        p = {"type": "profile", "sex": self.sex, "birth_year": self.day(0).year - self.age,
             "timezone": _IANA[self.city]}
        p["body_mass_kg"] = f"{round(self.mass0 * 2.20462)} lb" if self.imperial else self.mass0
        if r.random() < 0.8:
            p["height_cm"] = f"{round(self.height / 2.54)} in" if self.imperial else self.height
        if self.sex == "female" and r.random() < 0.3:
            p["pregnant"] = False
        if r.random() < 0.2:
            p["notes"] = r.choice(["4.0 USTA", "play pickleball 4-5x a week", "club player, cramps in summer",
                                   "ex-college player"])
        self.out.append(p)
        if r.random() < 0.15:
            i = r.randint(self.L // 3, self.L - 5)
            p2 = dict(p)
            p2["body_mass_kg"] = (f"{round(self.day_mass[i] * 2.20462)} lb" if self.imperial
                                  else round(self.day_mass[i], 1))
            self.late_profile = p2
        else:
            self.late_profile = None

    def emit_workouts(self):
        r = self.r
        aid = r.randint(10 ** 9, 9 * 10 ** 9)
        self.by_day = {}
        for s in self.sessions:
            self.by_day.setdefault(s["i"], []).append(s)
            s["logged"] = r.random() > 0.03
            if not s["logged"]:
                continue
            w = {"type": "workout"}
            dev = s["activity"] != "strength" or r.random() < 0.6
            if dev:
                aid += r.randint(3, 4000)
                w["id"] = {"garmin": f"garmin:activity:{aid}", "apple": f"healthkit:HKWorkout:{self.uid()}",
                           "polar": f"polar-flow:{aid}"}[self.watch]
                start = s["start"] + timedelta(seconds=r.randint(-90, 90))
                w["time"] = self.ts(start, device=True)
                w["duration_min"] = round(s["dur"], 1)
            else:
                w["time"] = self.ts(self.hand_time(s["start"], 15))
                w["duration_min"] = int(round(s["dur"] / 5) * 5)
            w["activity"] = s["activity"]
            if r.random() < self.p_rpe and s["activity"] != "walking":
                w["rpe"] = int(round(s["rpe"])) if r.random() < 0.7 else round(s["rpe"] * 2) / 2
            if dev:
                hr = self.hr_rest + (self.hr_max - self.hr_rest) * (0.36 + 0.055 * s["rpe"]) \
                    + 0.25 * (s["t"] - 25) + r.gauss(0, 4)
                if self.sport == "pickleball" and s["activity"] == "racket_sport":
                    hr -= 8
                w["avg_hr"] = int(_clip(hr, 60, 200))
                if s["activity"] in ("racket_sport", "running", "cycling", "walking") and r.random() < 0.55:
                    per_h = {"racket_sport": r.uniform(2.2, 3.3) if self.sport == "tennis" else r.uniform(1.4, 2.2),
                             "running": r.uniform(9, 11), "cycling": r.uniform(22, 28), "walking": 5.2}[s["activity"]]
                    w["distance_km"] = round(per_h * s["dur"] / 60, 2)
            # weather
            if s["activity"] not in ("strength", "yoga"):
                if not s["indoor"]:
                    if r.random() < 0.92:
                        if dev or not self.imperial:
                            w["temperature_c"] = round(s["t"] + r.gauss(0, 0.7), 1)
                            if r.random() < 0.9:
                                w["humidity_pct"] = int(round(_clip(s["rh"] + r.gauss(0, 3), 2, 100)))
                        else:
                            w["temperature_c"] = f"{round(s['t'] * 9 / 5 + 32)} degF"
                else:
                    x = r.random()
                    if x < 0.15:     # watch pulled the outdoor weather for an indoor session
                        w["temperature_c"] = round(s["t_out"], 1)
                        w["humidity_pct"] = int(round(_clip(s["rh_out"], 2, 100)))
                    elif x < 0.35:
                        w["temperature_c"] = (f"{round(s['t'] * 9 / 5 + 32)} degF" if self.imperial
                                              else round(s["t"], 0))
            if r.random() < 0.3:
                mg = {"racket_sport": ["calf", "quadriceps", "hamstring", "glute", "forearm", "shoulder"],
                      "running": ["calf", "hamstring", "quadriceps"], "cycling": ["quadriceps", "calf", "glute"],
                      "strength": (["quadriceps", "hamstring", "glute"] if s["legs"]
                                   else ["chest", "shoulder", "triceps", "biceps", "upper_back"]),
                      "yoga": ["hamstring", "hip_flexor", "lower_back"], "walking": ["calf"]}[s["activity"]]
                k = r.randint(min(2, len(mg)), len(mg))
                chosen = mg[:k]
                if r.random() < 0.3:
                    chosen = [{"calf": "calves", "quadriceps": "quads", "hamstring": "hamstrings"}.get(m, m)
                              for m in chosen]
                w["muscle_groups"] = chosen
            if s["activity"] == "racket_sport" and r.random() < 0.3:
                w["warm_up_min"] = r.choice([5, 10, 10, 15])
            if r.random() < 0.1:
                w["cool_down_min"] = r.choice([5, 10])
            notes = []
            if s["tourn"]:
                notes.append(r.choice(["tournament, 4 matches", "round robin, 3.5 division", "club tournament",
                                       "USTA league match, 3 sets", "tournament day, lost in semis",
                                       "doubles tournament, 5 matches"]))
                if self.trip[s["i"]]:
                    notes.append(f"in {self.trip[s['i']]}")
            elif s["kind"] == "long" and r.random() < 0.6:
                notes.append(r.choice(["open play, stayed way longer", "3 hour hitting session",
                                       "marathon 3-setter", "drilled then played 2 sets"]))
            if s["indoor"] and s["activity"] == "racket_sport" and r.random() < 0.7:
                notes.append("indoor courts")
            if s["forgot"] and r.random() < 0.5:
                notes.append(r.choice(["forgot my bottle", "ran out of water halfway", "fountain broken"]))
            if not s["indoor"] and s["t"] >= 39 and r.random() < 0.2:
                notes.append(r.choice(["brutal heat", "courts were an oven", "hot wind", "super dry"]))
            if self.sweat_na > 1150 and not s["indoor"] and s["t"] > 34 and r.random() < 0.1:
                notes.append("salt stains all over my hat")
            if notes and r.random() < 0.85:
                w["notes"] = "; ".join(notes)
            s["wid"] = w.get("id")
            self.out.append(w)

    def emit_session_body_fluids(self):
        r = self.r
        for s in self.sessions:
            if not s["logged"] and r.random() < 0.7:
                continue
            away = self.trip[s["i"]] is not None
            pw = self.p_weigh * (0.4 if away else 1.0) * (0.7 if s["activity"] in ("strength", "yoga", "walking") else 1.0)
            if r.random() < pw:
                t_pre = s["start"] - timedelta(minutes=r.uniform(8, 25))
                t_post = s["end"] + timedelta(minutes=r.uniform(4, 18))
                pre = s["pre"] + r.gauss(0, 0.07)
                post = s["post"] + r.gauss(0, 0.07)
                self.out.append({"type": "body_mass", "time": self.ts(self.hand_time(t_pre, 1)),
                                 "kg": self.mass_str(pre, True), "context": "pre_workout"})
                self.out.append({"type": "body_mass", "time": self.ts(self.hand_time(t_post, 1)),
                                 "kg": self.mass_str(post, True), "context": "post_workout"})
            if r.random() < self.p_fluid_log:
                summarize = r.random() < 0.3
                if summarize:
                    by_kind = {}
                    for d in s["drinks"]:
                        key = (d[2], d[4])
                        by_kind.setdefault(key, [0.0, 0.0])
                        by_kind[key][0] += d[1]
                        by_kind[key][1] += d[3] or 0
                    for (kind, brand), (ml, na) in by_kind.items():
                        # one line per break / end of session; a long day is split at the match breaks
                        parts = max(1, math.ceil(ml / 1800.0))
                        for q in range(parts):
                            t = s["end"] if parts == 1 else s["start"] + timedelta(minutes=s["dur"] * (q + 1) / parts)
                            e = {"type": "fluid", "time": self.ts(self.hand_time(t, 5)),
                                 "ml": self.vol(ml / parts, True), "drink": kind}
                            if na:
                                e["sodium_mg"] = round(na / parts)
                            e["notes"] = "during " + ("tournament" if s["tourn"] else "session") + \
                                (f" ({brand})" if brand else "")
                            self.out.append(e)
                else:
                    for d in s["drinks"]:
                        if r.random() < 0.05:
                            continue  # forgot to log one bottle
                        t = s["start"] + timedelta(minutes=d[0])
                        e = {"type": "fluid", "time": self.ts(self.hand_time(t, 5)), "ml": self.vol(d[1], True)}
                        if d[2] != "water" or r.random() < 0.6:
                            e["drink"] = d[2]
                        if d[3] is not None:
                            e["sodium_mg"] = d[3]
                        if d[4] and r.random() < 0.6:
                            e["notes"] = d[4]
                        self.out.append(e)
                if s["salt_caps"]:
                    self.out.append({"type": "supplement",
                                     "time": self.ts(self.hand_time(s["start"] + timedelta(minutes=s["dur"] * 0.4), 5)),
                                     "name": "SaltStick caps" if self.city != "alice" else "salt tablets",
                                     "sodium_mg": 215 * s["salt_caps"], "potassium_mg": 63 * s["salt_caps"],
                                     "notes": f"{s['salt_caps']} caps"})
            if s["pre_drink"] and r.random() < self.p_day_fluid:
                t = s["start"] - timedelta(minutes=s["pre_drink_min"])
                self.out.append({"type": "fluid", "time": self.ts(self.hand_time(t, 5)),
                                 "ml": self.vol(s["pre_drink"], True), "drink": "water"})
            if s["rec"] is not None and r.random() < self.p_fluid_log:
                t = s["end"] + timedelta(minutes=s["rec"][0])
                kind = s["rec"][2]
                e = {"type": "fluid", "time": self.ts(self.hand_time(t, 5)), "ml": self.vol(s["rec"][1], True),
                     "drink": "milk" if kind == "choc_milk" else kind}
                if kind == "choc_milk":
                    e["notes"] = "chocolate milk"
                self.out.append(e)

    def emit_daily(self):
        """Morning scale, daily fluids, meals, supplements."""
        r = self.r
        scale_id = r.randint(10 ** 6, 10 ** 7)
        bottle_id = r.randint(10 ** 5, 10 ** 6)
        meal_id = r.randint(10 ** 7, 10 ** 8)
        self.intake = {}
        smart_bottle = r.random() < 0.3
        meal_gap = None
        if r.random() < 0.5:
            g0 = r.randint(20, self.L - 30)
            meal_gap = (g0, g0 + r.randint(7, 21))
        mag_decoy = None
        if self.cause != "nutrient_deficiency" and r.random() < 0.3:
            m0 = r.randint(10, self.L - 30)
            mag_decoy = (m0, m0 + r.randint(21, 56))
        self.mag_decoy = mag_decoy
        mag_name = r.choice(["magnesium glycinate", "magnesium citrate", "Mg glycinate 200"])
        mag_dose = r.choice([120, 150, 200])
        for i in range(self.L):
            away = self.loc[i] != self.home
            first = self.by_day.get(i, [None])[0]
            # morning scale
            if not away and r.random() < self.p_scale and i > 0:
                wake_h = self.usual_wake + r.uniform(0.05, 0.4)
                if first is not None and first["h"] < wake_h + 0.8:
                    wake_h = first["h"] - 0.6
                if r.random() < 0.85:
                    scale_id += r.randint(1, 30)
                    self.out.append({"type": "body_mass", "id": f"withings:meas:{scale_id}",
                                     "time": self.ts(self.at(i, wake_h + r.uniform(0, 0.2)), device=True),
                                     "kg": round(self.day_mass[i] - 0.3 + r.gauss(0, 0.1), 2),
                                     "context": "morning"})
                else:
                    self.out.append({"type": "body_mass", "time": self.ts(self.hand_time(self.at(i, wake_h))),
                                     "kg": self.mass_str(self.day_mass[i] - 0.3, True), "context": "morning"})
            # daily fluids (coffee/tea, water through the day, soda/beer)
            if r.random() < self.p_day_fluid:
                for c in range(self.coffee_cups):
                    self.out.append({"type": "fluid", "time": self.ts(self.hand_time(self.at(i, 7.0 + 3.5 * c + r.uniform(0, 1)))),
                                     "ml": self.vol(r.choice([240, 350, 470]), True), "drink": "coffee"})
                if self.tea:
                    self.out.append({"type": "fluid", "time": self.ts(self.hand_time(self.at(i, r.uniform(15, 17.5)))),
                                     "ml": r.choice([150, 200, 250]), "drink": "tea", "notes": "karak"})
                n_w = r.randint(1, 4)
                for k in range(n_w):
                    t = self.at(i, r.uniform(9, 21.5))
                    ml = r.choice([350, 500, 710, 750, 946]) if not smart_bottle else r.randint(150, 700)
                    e = {"type": "fluid", "time": self.ts(t if smart_bottle else self.hand_time(t), device=smart_bottle),
                         "ml": round(ml) if smart_bottle else self.vol(ml, True)}
                    if smart_bottle:
                        bottle_id += 1
                        e["id"] = f"hidrate:{bottle_id}"
                        e["drink"] = "water"
                    self.out.append(e)
                q_day = self.diet_q - self.dip[i] - (0.6 if self.low[i] else 0.0)
                if q_day < 0.3 and r.random() < 0.5:
                    self.out.append({"type": "fluid", "time": self.ts(self.hand_time(self.at(i, r.uniform(12, 16)))),
                                     "ml": self.vol(r.choice([355, 500, 591]), True), "drink": "soft_drink"})
                if self.beer and self.day(i).weekday() in (4, 5) and r.random() < 0.5:
                    self.out.append({"type": "fluid", "time": self.ts(self.hand_time(self.at(i, r.uniform(19, 22)))),
                                     "ml": self.vol(r.choice([355, 355, 710, 375]), True), "drink": "beer"})
            # meals (true intake is computed every day, logged on some)
            q = _clip(self.diet_q - self.dip[i] - (0.6 if self.low[i] else 0.0), 0.03, 0.95)
            low = self.low[i]
            slots = []
            eat_b = r.random() > (0.5 if low else 0.1)
            wake_h = self.usual_wake if first is None or first["h"] > 9 else first["h"] + first["dur"] / 60 + 0.3
            if eat_b:
                slots.append(("breakfast", _clip(wake_h + r.uniform(0.3, 1.2), 5.5, 10.5)))
            slots.append(("lunch", r.uniform(11.5, 13.8)))
            late = any(x["h"] > 17 for x in self.by_day.get(i, []))
            slots.append(("dinner", r.uniform(20.5, 21.5) if late else r.uniform(18.0, 20.0)))
            for _ in range(r.choice([0, 1, 1, 2])):
                slots.append(("snack", r.choice([r.uniform(9.5, 11), r.uniform(15, 17), r.uniform(21, 22)])))
            tot = {"kcal": 0.0, "ca": 0.0, "mg": 0.0, "k": 0.0, "na": 0.0}
            meals = []
            for slot, hh in slots:
                good = r.random() < q
                label, items = self.choose_meal(slot, good)
                if low:
                    items = [(k, g * 0.85) for k, g in items]
                for k, g in items:
                    f = _FOODS[k]
                    tot["kcal"] += f[2] * g / 100
                    tot["ca"] += f[3] * g / 100
                    tot["mg"] += f[4] * g / 100
                    tot["k"] += f[5] * g / 100
                    tot["na"] += f[6] * g / 100
                meals.append((slot, hh, label, items))
            in_gap = meal_gap is not None and meal_gap[0] <= i <= meal_gap[1]
            logged = (not in_gap) and r.random() < self.p_meal_day * (0.6 if away else 1.0)
            if logged:
                partial = r.random() < 0.1
                for j, (slot, hh, label, items) in enumerate(meals):
                    if partial and j > 0:
                        break
                    if r.random() < 0.04:
                        continue
                    t = self.at(i, hh)
                    e = {"type": "meal", "time": self.ts(self.hand_time(t, 5))}
                    totals_only = label in ("drive-thru burrito", "fast food", "burger and chips", "pizza slices",
                                            "takeout rice") and r.random() < 0.35
                    if totals_only:
                        e["energy_kcal"] = round(sum(_FOODS[k][2] * g / 100 for k, g in items), -1)
                        e["sodium_mg"] = round(sum(_FOODS[k][6] * g / 100 for k, g in items), -1)
                        if r.random() < 0.8:
                            e["potassium_mg"] = round(sum(_FOODS[k][5] * g / 100 for k, g in items), -1)
                            e["magnesium_mg"] = round(sum(_FOODS[k][4] * g / 100 for k, g in items))
                            e["calcium_mg"] = round(sum(_FOODS[k][3] * g / 100 for k, g in items), -1)
                        e["notes"] = label
                    else:
                        style = self.meal_style if self.meal_style != "mixed" else r.choice(["names", "ndb"])
                        its = []
                        for k, g in items:
                            f = _FOODS[k]
                            gr = max(5, int(round(g / 5) * 5))
                            it = {"food": f[0]} if style == "names" else {"ndb_no": f[1]}
                            if self.imperial and style == "names" and gr >= 85 and r.random() < 0.3:
                                it["grams"] = f"{round(g / 28.3495 * 2) / 2:g} oz"
                            else:
                                it["grams"] = gr
                            its.append(it)
                        e["items"] = its
                        if style == "ndb":
                            meal_id += r.randint(1, 9)
                            e["id"] = f"mfp:{meal_id}"
                        if r.random() < 0.15:
                            e["notes"] = label
                    self.out.append(e)
            # supplements
            if self.multivit and r.random() < 0.6:
                self.out.append({"type": "supplement", "time": self.ts(self.hand_time(self.at(i, wake_h + 0.8))),
                                 "name": "multivitamin", "magnesium_mg": 50, "calcium_mg": 200, "potassium_mg": 80})
                tot["mg"] += 50
                tot["ca"] += 200
            if self.ca_supp and r.random() < 0.75:
                self.out.append({"type": "supplement", "time": self.ts(self.hand_time(self.at(i, 19.5 + r.uniform(0, 1.5)))),
                                 "name": "calcium + D3", "calcium_mg": 600})
                tot["ca"] += 600
            take_mag = (mag_decoy is not None and mag_decoy[0] <= i <= mag_decoy[1]) or \
                       (self.recover_day is not None and i >= self.recover_day + 2)
            if take_mag and r.random() < 0.85:
                self.out.append({"type": "supplement", "time": self.ts(self.hand_time(self.at(i, 21.5 + r.uniform(0, 1)))),
                                 "name": mag_name, "magnesium_mg": mag_dose})
                tot["mg"] += mag_dose
            self.intake[i] = tot

    def emit_sleep(self):
        r = self.r
        gaps = []
        for _ in range(self.L // 60):
            g0 = r.randint(1, self.L - 5)
            gaps.append((g0, g0 + r.randint(2, 8)))
        for n, v in self.nights.items():
            if any(a <= n <= b for a, b in gaps) or r.random() > self.p_sleep:
                continue
            bed_t = self.at(n - 1, v["bed"])
            end_t = bed_t + timedelta(hours=v["hours"])
            q = int(_clip(round(1 + (v["hours"] - 4.2) * 0.9 + r.gauss(0, 0.6)), 1, 5))
            if v["cramp"]:
                q = max(1, q - 1)
            if self.has_sleep_watch:
                e = {"type": "sleep", "id": f"{self.watch}-sleep-{self.day(n).isoformat()}",
                     "time": self.ts(bed_t + timedelta(seconds=r.randint(0, 59)), device=True),
                     "end": self.ts(end_t + timedelta(seconds=r.randint(0, 59)), device=True)}
                if r.random() < 0.7:
                    e["quality"] = q
            else:
                e = {"type": "sleep", "time": self.ts(self.hand_time(bed_t, 15)), "hours": round(v["hours"] * 2) / 2}
                if r.random() < 0.5:
                    e["quality"] = q
            notes = []
            if v["reason"] and r.random() < 0.3:
                notes.append(v["reason"])
            if v["cramp"] and r.random() < 0.5:
                notes.append("woke up with a cramp")
            if notes:
                e["notes"] = "; ".join(notes)
            self.out.append(e)

    def emit_meds(self):
        r = self.r
        L = self.L
        meds = []
        for name, note, seasonal in _DECOY_MEDS:
            if r.random() < 0.18:
                if seasonal:
                    s = r.randint(0, L - 20)
                    e = r.randint(s + 10, min(L - 1, s + 70))
                    meds.append({"type": "medication", "name": name, "start": self.day(s).isoformat(),
                                 "end": self.day(e).isoformat(), "notes": note})
                elif self.age >= 45:
                    s = self.day(0) - timedelta(days=r.randint(200, 3000))
                    meds.append({"type": "medication", "name": name, "start": s.isoformat(), "notes": note})
        self.med = None
        if self.cause == "medication":
            cands = list(_CRAMP_MEDS)
            if self.sex == "female" and self.age >= 50:
                cands.append(("raloxifene", "60 mg daily, bone density", 1.5))
            name, note, _w = r.choices(cands, weights=[c[2] for c in cands])[0]
            s = int(L * r.uniform(0.28, 0.55))
            end = None
            if r.random() < 0.4:
                end = min(L - 8, s + r.randint(45, 100))
            e = {"type": "medication", "name": name, "start": self.day(s).isoformat(), "notes": note}
            if r.random() < 0.3:
                e["start"] = self.at(s, r.uniform(7, 9)).isoformat(timespec="minutes")
            if end is not None:
                e["end"] = self.day(end).isoformat()
                e["notes"] += r.choice(["; stopped - doctor switched me", "; stopped, see how cramps go",
                                        "; off it now"])
            meds.append(e)
            self.med = (s, end)
        elif self.cause is None and self.age >= 40 and r.random() < 0.35:
            s = int(L * r.uniform(0.25, 0.6))
            meds.append({"type": "medication", "name": r.choice(["atorvastatin", "rosuvastatin"]),
                         "start": self.day(s).isoformat(), "notes": "new, for cholesterol"})
            self.debug["decoy_statin_day"] = s
        self.out.extend(meds)

    # ---------------- episodes ----------------
    def ep(self, t: datetime, kind: str, muscle: str, during: str, rich: float = 0.75, notes=None, planted=None,
           lo: datetime | None = None):
        r = self.r
        tt = t.replace(second=0, microsecond=0)
        if r.random() < 0.7:
            rounded = self.hand_time(t, 5)
            if lo is None or rounded > lo:
                tt = rounded
        e = {"type": "episode", "time": self.ts(tt)}
        e["kind"] = ("cramp" if r.random() < 0.15 else "spasm") if kind == "spasm" else kind
        alias = {"calf": "calves", "quadriceps": "quads", "hamstring": "hamstrings", "eyelid": "eye", "foot": "arch"}
        e["muscle"] = alias[muscle] if muscle in alias and r.random() < 0.12 else muscle
        if muscle not in ("abdomen", "lower_back", "upper_back", "neck", "chest", "face") and r.random() < 0.8:
            if muscle == "eyelid":
                e["side"] = "both" if r.random() < 0.1 else r.choice(["left", "right"])
            else:
                e["side"] = r.choice(["left", "right", "left", "right", "both"])
        if r.random() < rich:
            if kind == "spasm":
                e["duration_s"] = int(_clip(math.exp(r.gauss(math.log(60), 0.8)), 8, 900))
                e["pain"] = int(_clip(round(r.gauss(6.5, 1.6)), 2, 10))
            else:
                e["duration_s"] = int(_clip(math.exp(r.gauss(math.log(120), 1.0)), 3, 3600))
                e["pain"] = int(_clip(round(r.gauss(0.6, 0.7)), 0, 3))
        if r.random() < 0.9:
            e["during"] = during
        if kind == "spasm" and r.random() < 0.7:
            opts = ["stretching", "stretching", "massage", "walking_it_off", "rest", "hydration", "pickle_juice",
                    "heat", "magnesium"]
            rel = []
            for _ in range(r.choice([1, 1, 2, 2, 3])):
                o = r.choice(opts)
                if o not in rel:
                    rel.append(o)
            e["relief"] = rel
            e["relieved"] = r.random() < 0.88
        if r.random() < 0.12:
            e["flags"] = {k: False for k in r.sample(["swelling", "weakness", "dark_urine", "numbness_tingling",
                                                       "redness", "warmth"], r.randint(1, 3))}
        nts = []
        if notes:
            nts.append(notes)
        if r.random() < 0.13:
            nts.append(r.choice(_LAY_NOTES))
        if nts:
            e["notes"] = "; ".join(nts)
        e["_planted"] = planted
        return e

    def exercise_muscle(self, cause: str | None, s) -> str:
        r = self.r
        if s["activity"] == "strength" and not s["legs"]:
            return r.choice(["biceps", "triceps", "chest", "hand", "forearm"])
        w = {"calf": 40, "hamstring": 18, "quadriceps": 14, "foot": 7, "forearm": 5, "hand": 5,
             "fingers": 3, "adductor": 5, "abdomen": 2, "toes": 1}
        if cause in ("electrolyte_loss", "heat"):
            w["abdomen"] += 4
            w["hand"] += 3
        if cause == "muscle_fatigue" and s["activity"] == "racket_sport":
            w["forearm"] += 4
            w["adductor"] += 3
        ks = list(w.keys())
        return r.choices(ks, weights=[w[k] for k in ks])[0]

    def session_episode(self, s, cause, planted, timing):
        """timing: dict of 'during'/'after'/'night' weights."""
        r = self.r
        opts = list(timing.keys())
        tm = r.choices(opts, weights=[timing[o] for o in opts])[0]
        muscle = self.exercise_muscle(cause, s)
        if tm == "during":
            frac = r.uniform(0.6, 0.97) if cause in ("muscle_fatigue", "heat", "dehydration", "electrolyte_loss",
                                                     "training_load_spike") else r.uniform(0.05, 0.97)
            t = s["start"] + timedelta(minutes=s["dur"] * frac)
            note = None
            if r.random() < 0.25:
                note = r.choice(["had to stop for a few minutes", "locked up on a serve", "lunging for a drop shot",
                                 "retired the match" if s["tourn"] else "sat out a game", "changeover"])
            out = [self.ep(t, "spasm", muscle, "exercise", notes=note, planted=planted, lo=s["start"])]
            t_end = s["end"]
        elif tm == "after":
            t = s["end"] + timedelta(minutes=r.uniform(5, 120))
            note = r.choice([None, None, "in the car after", "in the shower", "walking to the car"])
            out = [self.ep(t, "spasm", muscle, "after_exercise", notes=note, planted=planted)]
            t_end = t
        else:  # night
            n = s["i"] + 1
            if n >= self.L - 1:
                t = s["end"] + timedelta(minutes=r.uniform(30, 120))
                out = [self.ep(t, "spasm", muscle, "after_exercise", planted=planted)]
            else:
                bed = self.nights[n]["bed"] if n in self.nights else 23.0
                t = self.at(s["i"], bed + r.uniform(1.0, 5.0))
                muscle = r.choice(["calf", "calf", "foot", "hamstring", "toes"])
                out = [self.ep(t, "spasm", muscle, "sleep", planted=planted)]
                if n in self.nights:
                    self.nights[n]["cramp"] = True
            t_end = t
        if planted == "electrolyte_loss" and r.random() < 0.3:
            other = r.choice(["hand", "abdomen", "hamstring", "calf", "quadriceps", "fingers"])
            t2 = datetime.fromisoformat(out[0]["time"].replace("Z", "+00:00")) + timedelta(minutes=r.uniform(2, 20))
            if tm == "during" and t2 >= t_end:
                t2 = t_end - timedelta(minutes=1)
            out.append(self.ep(t2, "spasm", other, out[0].get("during", "exercise") if tm != "night" else "sleep",
                               notes="cramping everywhere" if r.random() < 0.4 else None, planted=planted))
        return out

    def rest_time(self, i: int):
        return self.at(i, self.r.uniform(9.0, 21.5))

    def night_time(self, i: int):
        n = i + 1
        bed = self.nights[n]["bed"] if n in self.nights else 23.0
        if n in self.nights:
            self.nights[n]["cramp"] = True
        return self.at(i, bed + self.r.uniform(1.0, 5.5))

    def background(self):
        r, L = self.r, self.L
        months = L / 30.4
        n = int(round(months * r.uniform(0.8, 1.5)))
        n = int(_clip(n, 5, 14))
        eps = []
        logged_sessions = [s for s in self.sessions if s["activity"] in ("racket_sport", "running", "strength", "cycling")]
        for k in range(n):
            lo, hi = int(k * (L - 2) / n), int((k + 1) * (L - 2) / n)
            i = r.randint(lo, max(lo, hi - 1))
            typ = r.choices(["night", "eyelid", "twitch", "session", "rest"], weights=[38, 25, 14, 16, 7])[0]
            if typ == "session":
                cand = [s for s in logged_sessions if lo <= s["i"] < hi]
                if cand:
                    s = r.choice(cand)
                    t = s["start"] + timedelta(minutes=s["dur"] * r.uniform(0.05, 0.95))
                    eps.append(self.ep(t, "spasm", self.exercise_muscle(None, s), "exercise", planted="background",
                                       lo=s["start"]))
                    continue
                typ = "night"
            if typ == "night":
                m = r.choice(["calf", "calf", "calf", "foot", "toes", "hamstring"])
                eps.append(self.ep(self.night_time(i), "spasm", m, "sleep",
                                   notes=r.choice([None, None, "charley horse", "woke me up"]), planted="background"))
            elif typ == "eyelid":
                eps.append(self.ep(self.rest_time(i), "twitch", "eyelid", "rest",
                                   notes=r.choice([None, None, "on and off all afternoon", "at my desk"]),
                                   planted="background"))
            elif typ == "twitch":
                eps.append(self.ep(self.rest_time(i), "twitch", r.choice(["calf", "fingers", "biceps", "quadriceps", "face"]),
                                   "rest", planted="background"))
            else:
                eps.append(self.ep(self.rest_time(i), "spasm", r.choice(["hand", "foot", "toes", "calf"]), "rest",
                                   notes=r.choice([None, "writing", "in the shower", "pointing toes"]), planted="background"))
        return eps

    def pick(self, units, weights, nmin=9, nmax=20, n_range=(10, 17)):
        """Weighted sampling without replacement; N capped so most exposed units have no episode."""
        r = self.r
        cand = [(u, w) for u, w in zip(units, weights) if w > 0]
        E = sum(w for _u, w in cand)
        n0 = r.randint(*n_range)
        n = int(min(n0, max(nmin, int(0.42 * E)), nmax, len(cand)))
        keys = sorted(cand, key=lambda uw: -(r.random() ** (1.0 / uw[1])))
        self.debug["exposed_units"] = len(cand)
        self.debug["exposed_w_sum"] = round(E, 1)
        self.debug["n_target"] = n
        return [u for u, _w in keys[:n]]

    def planted(self):
        r, c = self.r, self.cause
        eps = []
        if c is None:
            return eps
        act = [s for s in self.sessions if s["activity"] in ("racket_sport", "running", "cycling", "strength")]
        timing = {
            "dehydration": {"during": 55, "after": 40, "night": 5},
            "electrolyte_loss": {"during": 50, "after": 35, "night": 15},
            "heat": {"during": 75, "after": 25},
            "muscle_fatigue": {"during": 72, "after": 28},
            "training_load_spike": {"during": 60, "after": 32, "night": 8},
        }
        key = {"dehydration": "w_dehyd", "electrolyte_loss": "w_elec", "heat": "w_heat",
               "muscle_fatigue": "w_fatigue", "training_load_spike": "w_spike"}
        if c in key:
            units = self.pick(act, [s[key[c]] for s in act])
            for k, s in enumerate(units):
                new = self.session_episode(s, c, c, timing[c])
                if len(eps) + len(new) + (len(units) - k - 1) > 20:
                    new = new[:1]
                eps.extend(new)
            return eps
        if c == "sleep_debt":
            nights = sorted(self.nights.keys())
            units = self.pick(nights, [self.nights[n]["w"] for n in nights])
            for n in units:
                day_s = [s for s in self.by_day.get(n, []) if s["activity"] in ("racket_sport", "running", "strength", "cycling")]
                x = r.random()
                if day_s and x < 0.4:
                    s = r.choice(day_s)
                    if r.random() < 0.75:
                        t = s["start"] + timedelta(minutes=s["dur"] * r.uniform(0.1, 0.95))
                        eps.append(self.ep(t, "spasm" if r.random() < 0.7 else "twitch",
                                           self.exercise_muscle(None, s), "exercise", planted=c, lo=s["start"]))
                    else:
                        t = s["end"] + timedelta(minutes=r.uniform(10, 120))
                        eps.append(self.ep(t, "twitch", r.choice(["calf", "quadriceps", "eyelid"]), "after_exercise",
                                           planted=c))
                elif x < 0.82:
                    eps.append(self.ep(self.at(n, r.uniform(9, 20)), "twitch",
                                       r.choice(["eyelid", "eyelid", "eyelid", "calf", "fingers", "face"]), "rest",
                                       notes=r.choice([None, None, "exhausted today", "running on 5 hours"]), planted=c))
                else:
                    eps.append(self.ep(self.at(n, r.uniform(12, 21.5)), "spasm",
                                       r.choice(["calf", "foot", "hand", "toes"]), "rest", planted=c))
            return eps
        # day-window causes
        if c == "medication":
            s0, end = self.med
            a = s0 + r.randint(5, 20)
            b = (end + 5) if end is not None else self.L - 2
        else:
            w0, w1 = self.low_window
            a = w0 + (r.randint(12, 18) if w0 > 0 else r.randint(0, 4))
            b = min(self.L - 2, w1 + r.randint(3, 8)) if w1 < self.L else self.L - 2
        days = list(range(a, b + 1))
        units = self.pick(days, [1.0] * len(days), n_range=(12, 19))
        for i in units:
            x = r.random()
            day_s = [s for s in self.by_day.get(i, []) if s["activity"] in ("racket_sport", "running", "strength", "cycling")]
            if c == "medication":
                probs = (0.55, 0.75)   # night, rest, else exercise
            else:
                probs = (0.3, 0.65)
            if x < probs[0]:
                eps.append(self.ep(self.night_time(i), "spasm", r.choice(["calf", "calf", "foot", "toes", "hamstring"]),
                                   "sleep", notes=r.choice([None, None, "woke me up again", "both legs"]), planted=c))
            elif x < probs[1] or not day_s:
                if c == "nutrient_deficiency" and r.random() < 0.6:
                    eps.append(self.ep(self.rest_time(i), "twitch",
                                       r.choice(["eyelid", "calf", "fingers", "hand", "face", "quadriceps"]), "rest",
                                       planted=c))
                else:
                    eps.append(self.ep(self.rest_time(i), "spasm", r.choice(["calf", "foot", "hand", "toes", "hamstring"]),
                                       "rest", planted=c))
            else:
                s = r.choice(day_s)
                eps.extend(self.session_episode(s, None, c, {"during": 65, "after": 35})[:1])
        return eps

    # ---------------- assemble ----------------
    def feasible(self) -> bool:
        """Every exposure must be common enough in EVERY journal (whatever the cause), so that
        any cause could be planted at >= 9 episodes with most exposed units left without one."""
        act = [s for s in self.sessions if s["activity"] in ("racket_sport", "running", "cycling", "strength")]
        for k in ("w_dehyd", "w_elec", "w_heat", "w_fatigue", "w_spike"):
            ws = [s[k] for s in act]
            if sum(ws) < 21.5 or sum(1 for w in ws if w > 0) < 24:
                return False
        ws = [v["w"] for v in self.nights.values()]
        return sum(ws) >= 21.5 and sum(1 for w in ws if w > 0) >= 24

    def build(self) -> BlindJournal:
        for attempt in range(30):
            self.r = random.Random(_seed_int(self.cause, self.seed, attempt))
            self.person()
            self.calendar()
            self.plan()
            self.prep_days()
            self.sessions_gen()
            self.physiology()
            self.loads()
            self.sleep_gen()
            if self.feasible():
                break
        self.debug["attempts"] = attempt + 1
        r = self.r
        self.diet_phase()
        self.emit_profile()
        self.emit_workouts()
        self.emit_session_body_fluids()
        self.emit_daily()
        self.emit_meds()
        planted = self.planted()
        bg = self.background()
        episodes = planted + bg
        # pickle juice shots after some episodes that used it
        for e in episodes:
            if "pickle_juice" in e.get("relief", []) and r.random() < 0.5:
                t = datetime.fromisoformat(e["time"].replace("Z", "+00:00")) + timedelta(minutes=3)
                self.out.append({"type": "fluid", "time": t.isoformat(timespec="seconds"),
                                 "ml": self.vol(75, True), "drink": "other", "sodium_mg": 690,
                                 "notes": "pickle juice"})
        self.emit_sleep()
        self.debug["planted"] = sum(1 for e in episodes if e["_planted"] == self.cause)
        self.debug["background"] = sum(1 for e in episodes if e["_planted"] == "background")
        for e in episodes:
            e.pop("_planted", None)
        self.out.extend(episodes)
        if self.late_profile is not None:
            self.out.append(self.late_profile)
        # order: sorted by time (profile first) or grouped by type, as different exports do
        start = self.at(0, 0.0, off=self.off(0))
        stop = start + timedelta(days=self.L)
        prof = [o for o in self.out if o["type"] == "profile"]
        rest = [o for o in self.out if o["type"] != "profile"]

        def key(o):
            t = o.get("time") or o.get("start")
            if len(t) == 10:
                t = t + "T00:00:00+00:00"
            return datetime.fromisoformat(t.replace("Z", "+00:00"))

        if r.random() < 0.6:
            rest.sort(key=key)
        else:
            order = ["medication", "workout", "body_mass", "fluid", "meal", "supplement", "sleep", "episode"]
            rest.sort(key=lambda o: (order.index(o["type"]), key(o)))
        objs = prof[:1] + rest + prof[1:]
        # a few exact duplicates (a re-export of the same device records)
        if r.random() < 0.35:
            with_id = [o for o in objs if "id" in o]
            for o in r.sample(with_id, min(len(with_id), r.randint(2, 5))):
                objs.insert(r.randint(1, len(objs)), dict(o))
        self.debug.update(L=self.L, city=self.city, sport=self.sport, n_sessions=len(self.sessions))
        return BlindJournal(cause=self.cause, objects=objs, start=start, stop=stop)


def _generate(cause: str | None, seed: int):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    g = _Gen(cause, seed)
    j = g.build()
    return j, g


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """One synthetic journal with `cause` planted (None: background episodes only)."""
    return _generate(cause, seed)[0]
