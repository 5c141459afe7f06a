"""Independent ("blind") test-journal generator, examiner variant E.

Written blind on 2026-12-01 from spec and evidence only: the journal format in
``spec/journal.md``, the names in ``spec/vocabulary.md`` and the research summary in
``research/evidence.md``.  Nothing in the product's source or its other tests was read;
this module does not know how the product scores anything.

``blind_journal(cause, seed)`` simulates one person (a persona chosen by the seed) for
3 to 10 months and returns their journal as JSON-ready objects.  The simulated world is
the same for every cause: weather drives sweat, long and hard sessions raise both load and
fluid loss, training blocks raise load and remove rest days, late matches shorten sleep.
Only the planted cause's exposure raises the chance of a cramp: 8-20 extra spasms are put
on a random subset of the exposed units (sessions, nights, days), so the exposure also
occurs, often, without a cramp.  Every journal also carries 4-15 background spasms on
random days and a handful of twitches, independent of all exposures.

Standard library only; deterministic per (cause, seed).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")

UTC = dt.timezone.utc


@dataclass
class BlindJournal:
    cause: str | None          # planted cause, None for a journal with no planted cause
    objects: list[dict]        # journal entries as spec/journal.md JSON objects (with a profile)
    start: dt.datetime         # tz-aware
    stop: dt.datetime          # tz-aware


# --------------------------------------------------------------------------------------
# World tables
# --------------------------------------------------------------------------------------

# name: (tz, mean daily max °C, seasonal amplitude, day-of-year of the warmest day,
#        mean relative humidity %, diurnal range °C)
CLIMATES = {
    "madrid": ("Europe/Madrid", 20.5, 11.0, 200, 45, 13),
    "chicago": ("America/Chicago", 15.0, 15.0, 200, 68, 10),
    "houston": ("America/Chicago", 27.0, 8.0, 210, 74, 9),
    "phoenix": ("America/Phoenix", 30.0, 11.0, 195, 28, 14),
    "athens": ("Europe/Athens", 24.0, 8.5, 205, 55, 9),
    "brisbane": ("Australia/Brisbane", 26.0, 4.5, 20, 66, 9),
    "perth": ("Australia/Perth", 25.0, 6.0, 30, 50, 11),
    "berlin": ("Europe/Berlin", 14.0, 10.0, 200, 72, 9),
    "london": ("Europe/London", 15.0, 7.0, 205, 76, 8),
    "denver": ("America/Denver", 18.0, 13.0, 200, 45, 14),
    "rome": ("Europe/Rome", 21.0, 9.5, 205, 65, 10),
    "miami": ("America/New_York", 29.0, 3.5, 210, 75, 7),
    "new_york": ("America/New_York", 17.0, 12.0, 205, 65, 8),
    "paris": ("Europe/Paris", 16.0, 9.0, 205, 72, 9),
    "singapore": ("Asia/Singapore", 31.0, 1.0, 120, 80, 7),
    "toronto": ("America/Toronto", 13.0, 15.0, 200, 70, 9),
    "melbourne": ("Australia/Melbourne", 20.0, 6.0, 25, 60, 10),
    "sydney": ("Australia/Sydney", 22.5, 4.5, 25, 66, 7),
    "dubai": ("Asia/Dubai", 33.0, 8.0, 205, 55, 9),
    "sao_paulo": ("America/Sao_Paulo", 25.0, 3.5, 40, 75, 9),
    "tokyo": ("Asia/Tokyo", 20.0, 10.0, 215, 70, 7),
    "los_angeles": ("America/Los_Angeles", 23.0, 4.5, 230, 65, 9),
    "vienna": ("Europe/Vienna", 15.0, 11.0, 200, 70, 9),
    "auckland": ("Pacific/Auckland", 19.0, 4.5, 30, 75, 7),
    "stockholm": ("Europe/Stockholm", 11.0, 10.5, 205, 75, 7),
}
HOT_CLIMATES = {"madrid", "houston", "phoenix", "athens", "brisbane", "perth", "rome", "miami",
                "dubai", "singapore", "sydney"}

RUN = ["calf", "hamstring", "quadriceps"]
TRAIL = ["calf", "quadriceps", "hamstring", "glute"]
BIKE = ["quadriceps", "calf", "hamstring", "glute"]
SWIM = ["shoulder", "upper_back", "calf", "foot"]
TEAM = ["calf", "hamstring", "quadriceps", "adductor"]
HIKE = ["calf", "quadriceps", "hamstring", "glute"]
WALK = ["calf", "quadriceps", "foot"]
RACKET = ["calf", "quadriceps", "hamstring", "forearm", "shoulder"]
LEGS = ["quadriceps", "glute", "hamstring"]
PUSH = ["chest", "triceps", "shoulder"]
PULL = ["upper_back", "biceps", "forearm"]
HIIT = ["quadriceps", "calf", "abdomen", "glute"]
CORE = ["abdomen", "lower_back", "glute", "hip_flexor"]
YOGA = ["hamstring", "lower_back", "hip_flexor"]
ELLIP = ["quadriceps", "glute", "calf"]
ROW = ["upper_back", "quadriceps", "biceps", "lower_back"]

# how readily each muscle cramps when it is the one worked
CRAMP_WEIGHT = {"calf": 6.0, "hamstring": 3.5, "quadriceps": 3.0, "foot": 2.0, "toes": 1.2,
                "adductor": 1.5, "forearm": 1.4, "hand": 1.0, "abdomen": 0.8, "glute": 0.5,
                "shoulder": 0.4, "upper_back": 0.4, "biceps": 0.6, "triceps": 0.5,
                "chest": 0.3, "lower_back": 0.6, "hip_flexor": 0.5, "fingers": 0.8,
                "shin": 0.6, "neck": 0.3}

# sweat production relative to running at the same effort
ACT_SWEAT = {"running": 1.0, "trail_running": 1.0, "cycling": 0.85, "swimming": 0.35,
             "walking": 0.45, "hiking": 0.7, "strength": 0.5, "team_sport": 0.95,
             "racket_sport": 0.9, "yoga": 0.3, "pilates": 0.25, "hiit": 0.9,
             "elliptical": 0.8, "rowing": 0.9, "crossfit": 0.9, "other": 0.5}
ACT_SPEED = {"running": 11.0, "trail_running": 8.5, "cycling": 27.0, "swimming": 2.8,
             "walking": 5.2, "hiking": 3.8, "rowing": 11.0, "elliptical": 0.0}

# per 100 g: magnesium, potassium, calcium (mg), energy (kcal); rough SR-style values
FOODS = {
    "oats, regular and quick, not fortified, dry": (138, 362, 52, 379),
    "milk, lowfat, 1%": (11, 150, 125, 42),
    "milk, whole": (10, 132, 113, 61),
    "bananas, raw": (27, 358, 5, 89),
    "bread, whole wheat": (76, 250, 160, 250),
    "peanut butter": (160, 600, 45, 590),
    "yogurt, greek, plain, nonfat": (11, 141, 110, 59),
    "yogurt, plain, lowfat, 12 grams protein per 8 oz": (17, 234, 183, 63),
    "granola": (170, 500, 75, 470),
    "blueberries, raw": (6, 77, 6, 57),
    "eggs, scrambled": (12, 132, 66, 149),
    "oranges, raw, all commercial varieties": (10, 181, 40, 47),
    "rice, brown, long-grain, cooked": (43, 43, 10, 123),
    "beans, black, mature seeds, cooked, boiled, without salt": (70, 355, 27, 132),
    "avocados, raw, all commercial varieties": (29, 485, 12, 160),
    "tomatoes, red, ripe, raw": (11, 237, 10, 18),
    "fish, tuna, light, canned in water, drained solids": (27, 237, 11, 116),
    "spinach, raw": (79, 558, 99, 23),
    "cheese, cheddar": (28, 98, 710, 403),
    "apples, raw, with skin": (5, 107, 6, 52),
    "quinoa, cooked": (64, 172, 17, 120),
    "chickpeas, mature seeds, cooked, boiled, without salt": (48, 291, 49, 164),
    "hummus": (71, 228, 38, 166),
    "lentils, mature seeds, cooked, boiled, without salt": (36, 369, 19, 116),
    "carrots, raw": (12, 320, 33, 41),
    "salmon, atlantic, farmed, cooked": (30, 384, 15, 206),
    "potatoes, baked, flesh and skin": (28, 535, 15, 93),
    "broccoli, cooked": (21, 293, 40, 35),
    "chicken, broilers or fryers, breast, meat only, cooked, roasted": (29, 256, 15, 165),
    "sweet potato, baked": (27, 475, 38, 90),
    "spinach, boiled": (87, 466, 136, 23),
    "pasta, whole-wheat, cooked": (30, 96, 15, 149),
    "beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled": (21, 300, 18, 250),
    "cheese, mozzarella, whole milk": (20, 76, 505, 300),
    "cod, atlantic, cooked, dry heat": (42, 244, 14, 105),
    "beans, snap, green, cooked, boiled, drained, without salt": (18, 146, 44, 35),
    "kale, raw": (40, 400, 200, 49),
    "tofu": (58, 240, 350, 144),
    "almonds, dry roasted, without salt": (279, 713, 268, 598),
    "chocolate, dark, 70-85% cacao solids": (228, 715, 73, 598),
    "pumpkin seeds": (550, 788, 52, 574),
    "dates": (43, 656, 39, 282),
    "walnuts": (158, 441, 98, 654),
    "kiwifruit, green, raw": (17, 312, 34, 61),
    "strawberries, raw": (13, 153, 16, 32),
    "cheese, cottage, lowfat, 2% milkfat": (8, 125, 111, 81),
    "sardine, atlantic, canned in oil, drained solids with bone": (39, 397, 382, 208),
    # low-mineral foods
    "croissants, butter": (16, 118, 37, 406),
    "bagel": (21, 100, 20, 257),
    "jams and preserves": (4, 77, 20, 278),
    "bread, white": (23, 117, 150, 266),
    "butter": (2, 24, 24, 717),
    "honey": (2, 52, 6, 304),
    "doughnuts, cake-type, plain, sugared or glazed": (17, 102, 60, 426),
    "pasta, cooked, enriched, without added salt": (18, 44, 7, 158),
    "rice, white, long-grain, regular, cooked": (12, 35, 10, 130),
    "soup, ramen noodle, any flavor, dry": (25, 180, 20, 440),
    "crackers, saltines (including oyster, soda, soup)": (27, 150, 20, 418),
    "catsup": (13, 280, 15, 101),
    "pizza, meat topping, thick crust, frozen, cooked": (25, 200, 150, 270),
    "jelly beans": (2, 10, 3, 375),
    "pretzels": (30, 140, 25, 380),
    "candies, hard": (1, 5, 3, 394),
    "watermelon, raw": (10, 112, 7, 30),
    "egg, whole, hard-boiled": (10, 126, 50, 155),
    "turkey breast, sliced, prepackaged": (20, 250, 10, 104),
    "cereals ready-to-eat, kellogg, kellogg's corn flakes": (14, 100, 5, 357),
    "cucumber, with peel, raw": (13, 147, 16, 15),
    "lettuce, iceberg": (7, 141, 18, 14),
}

# meals: lists of (food, grams low, grams high)
GOOD_MEALS = {
    "breakfast": [
        [("oats, regular and quick, not fortified, dry", 45, 80), ("milk, lowfat, 1%", 200, 300),
         ("bananas, raw", 100, 130)],
        [("bread, whole wheat", 60, 90), ("peanut butter", 20, 35), ("bananas, raw", 100, 130),
         ("milk, whole", 150, 250)],
        [("yogurt, greek, plain, nonfat", 150, 220), ("granola", 40, 65),
         ("blueberries, raw", 70, 120)],
        [("eggs, scrambled", 100, 150), ("bread, whole wheat", 50, 80), ("cheese, cheddar", 20, 35),
         ("oranges, raw, all commercial varieties", 120, 160)],
        [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 170, 250), ("oats, regular and quick, not fortified, dry", 30, 50),
         ("strawberries, raw", 80, 140)],
    ],
    "lunch": [
        [("rice, brown, long-grain, cooked", 150, 230), ("beans, black, mature seeds, cooked, boiled, without salt", 100, 170),
         ("avocados, raw, all commercial varieties", 50, 80), ("cheese, cheddar", 25, 40)],
        [("bread, whole wheat", 70, 100), ("fish, tuna, light, canned in water, drained solids", 90, 130),
         ("spinach, raw", 40, 70), ("cheese, cheddar", 25, 40), ("apples, raw, with skin", 130, 180)],
        [("quinoa, cooked", 150, 220), ("chickpeas, mature seeds, cooked, boiled, without salt", 100, 150),
         ("spinach, raw", 40, 70), ("hummus", 40, 70), ("yogurt, greek, plain, nonfat", 120, 170)],
        [("lentils, mature seeds, cooked, boiled, without salt", 200, 280), ("bread, whole wheat", 40, 60),
         ("carrots, raw", 60, 100), ("cheese, cottage, lowfat, 2% milkfat", 100, 150)],
        [("sardine, atlantic, canned in oil, drained solids with bone", 80, 110), ("bread, whole wheat", 60, 90),
         ("tomatoes, red, ripe, raw", 100, 150), ("kiwifruit, green, raw", 70, 140)],
    ],
    "dinner": [
        [("salmon, atlantic, farmed, cooked", 120, 180), ("potatoes, baked, flesh and skin", 180, 260),
         ("broccoli, cooked", 100, 160), ("milk, lowfat, 1%", 200, 250)],
        [("chicken, broilers or fryers, breast, meat only, cooked, roasted", 120, 170),
         ("sweet potato, baked", 150, 250), ("spinach, boiled", 80, 130)],
        [("pasta, whole-wheat, cooked", 200, 280), ("beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 90, 130),
         ("tomatoes, red, ripe, raw", 100, 150), ("cheese, mozzarella, whole milk", 40, 70)],
        [("cod, atlantic, cooked, dry heat", 130, 180), ("rice, brown, long-grain, cooked", 150, 220),
         ("beans, snap, green, cooked, boiled, drained, without salt", 100, 150), ("kale, raw", 40, 70)],
        [("tofu", 120, 180), ("rice, brown, long-grain, cooked", 150, 220), ("broccoli, cooked", 100, 150),
         ("almonds, dry roasted, without salt", 15, 25)],
    ],
    "snack": [
        [("almonds, dry roasted, without salt", 25, 40)],
        [("yogurt, greek, plain, nonfat", 150, 200), ("strawberries, raw", 80, 130)],
        [("chocolate, dark, 70-85% cacao solids", 20, 30), ("bananas, raw", 100, 130)],
        [("pumpkin seeds", 20, 30), ("apples, raw, with skin", 130, 170)],
        [("dates", 30, 50), ("walnuts", 15, 25), ("milk, lowfat, 1%", 200, 250)],
        [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 170, 230)],
    ],
}
LOW_MEALS = {
    "breakfast": [
        [("croissants, butter", 55, 80)],
        [("cereals ready-to-eat, kellogg, kellogg's corn flakes", 30, 45), ("milk, lowfat, 1%", 120, 180)],
        [("bagel", 85, 110), ("jams and preserves", 15, 25)],
        [("bread, white", 45, 70), ("butter", 8, 12), ("honey", 10, 20)],
        [("doughnuts, cake-type, plain, sugared or glazed", 50, 75)],
    ],
    "lunch": [
        [("bread, white", 70, 100), ("turkey breast, sliced, prepackaged", 40, 60), ("lettuce, iceberg", 15, 30)],
        [("pasta, cooked, enriched, without added salt", 180, 240), ("butter", 8, 12)],
        [("rice, white, long-grain, regular, cooked", 180, 240), ("egg, whole, hard-boiled", 50, 60)],
        [("soup, ramen noodle, any flavor, dry", 70, 90)],
        [("crackers, saltines (including oyster, soda, soup)", 30, 50), ("apples, raw, with skin", 120, 160)],
        [("bread, white", 70, 100), ("cheese, cheddar", 15, 25), ("cucumber, with peel, raw", 40, 70)],
    ],
    "dinner": [
        [("pasta, cooked, enriched, without added salt", 220, 300), ("catsup", 15, 25)],
        [("rice, white, long-grain, regular, cooked", 200, 280),
         ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 80, 110), ("cucumber, with peel, raw", 40, 70)],
        [("pizza, meat topping, thick crust, frozen, cooked", 150, 210)],
        [("bagel", 90, 110), ("egg, whole, hard-boiled", 50, 60)],
        [("chicken, broilers or fryers, breast, meat only, cooked, roasted", 100, 140),
         ("potatoes, baked, flesh and skin", 100, 150)],
    ],
    "snack": [
        [("jelly beans", 30, 50)],
        [("pretzels", 30, 50)],
        [("candies, hard", 15, 25)],
        [("watermelon, raw", 150, 250)],
        [("apples, raw, with skin", 120, 170)],
    ],
}

CRAMP_MEDS = {
    "statin": ["atorvastatin", "simvastatin", "rosuvastatin"],
    "diuretic": ["hydrochlorothiazide", "chlorthalidone", "indapamide", "spironolactone", "amiloride"],
    "laba": ["salmeterol", "formoterol"],
    "other": ["raloxifene", "naproxen", "nifedipine", "teriparatide"],
}
UNRELATED_LONG = ["levothyroxine", "tamsulosin", "finasteride", "montelukast", "lisinopril",
                  "sumatriptan", "loratadine"]
UNRELATED_COURSE = [("amoxicillin", 7, 10), ("cetirizine", 30, 75), ("fexofenadine", 25, 60),
                    ("prednisolone eye drops", 7, 14), ("azithromycin", 3, 5)]

RELIEF = ["stretching", "massage", "walking_it_off", "hydration", "heat", "rest", "pickle_juice",
          "magnesium", "cold", "other"]


# --------------------------------------------------------------------------------------
# Personas
# --------------------------------------------------------------------------------------

@dataclass
class Slot:
    wd: int                 # weekday, 0 = Monday
    act: str
    kind: str               # easy / moderate / hard / long / match
    dur: float              # minutes
    rpe: float
    mus: list
    am: float               # usual start hour when training in the morning
    pm: float               # usual start hour when training later in the day
    outdoor: bool
    p: float = 1.0


def _S(wd, act, kind, dur, rpe, mus, am, pm, outdoor, p=1.0):
    return Slot(wd, act, kind, dur, rpe, mus, am, pm, outdoor, p)


PERSONAS = {
    "marathoner": dict(
        age=(24, 52), female=0.45, mass=(52, 80), height=(158, 188),
        climates=["madrid", "chicago", "houston", "brisbane", "athens", "london", "new_york", "sydney"],
        slots=[_S(1, "running", "hard", 60, 7.5, RUN, 6.5, 18.3, True),
               _S(2, "running", "easy", 50, 4.0, RUN, 6.5, 18.5, True),
               _S(2, "strength", "moderate", 35, 5.5, LEGS + ["abdomen"], 19.8, 19.8, False, 0.5),
               _S(3, "running", "hard", 65, 6.5, RUN, 6.5, 18.3, True),
               _S(4, "running", "easy", 40, 3.5, RUN, 6.5, 18.0, True, 0.6),
               _S(5, "running", "easy", 45, 4.0, RUN, 8.0, 17.0, True, 0.85),
               _S(6, "running", "long", 115, 6.0, RUN, 7.0, 7.5, True)],
        event_act="running", sweat=(0.85, 1.3), na=(600, 1150), structured=True),
    "masters_cyclist": dict(
        age=(52, 69), female=0.25, mass=(62, 92), height=(160, 190),
        climates=["berlin", "denver", "rome", "madrid", "melbourne", "paris", "vienna", "houston"],
        slots=[_S(1, "cycling", "moderate", 75, 6.0, BIKE, 7.0, 17.5, True),
               _S(2, "strength", "moderate", 40, 5.0, LEGS + CORE[:1], 9.0, 18.0, False, 0.45),
               _S(3, "cycling", "hard", 60, 7.0, BIKE, 7.0, 17.5, True),
               _S(4, "swimming", "easy", 40, 4.0, SWIM, 7.0, 18.0, False, 0.35),
               _S(5, "cycling", "long", 180, 6.0, BIKE, 8.0, 9.0, True),
               _S(6, "cycling", "moderate", 110, 5.0, BIKE, 8.5, 9.5, True, 0.8)],
        event_act="cycling", sweat=(0.8, 1.2), na=(550, 1100), structured=True),
    "footballer": dict(
        age=(19, 34), female=0.35, mass=(58, 88), height=(160, 192),
        climates=["london", "madrid", "sao_paulo", "tokyo", "rome", "sydney", "houston", "paris"],
        slots=[_S(0, "running", "easy", 30, 3.0, RUN, 10.0, 18.0, True, 0.5),
               _S(1, "team_sport", "hard", 90, 6.5, TEAM, 18.5, 18.5, True),
               _S(2, "strength", "moderate", 50, 6.0, LEGS + ["abdomen"], 12.0, 17.0, False, 0.8),
               _S(3, "team_sport", "hard", 90, 7.0, TEAM, 18.5, 18.5, True),
               _S(4, "team_sport", "easy", 45, 3.5, TEAM, 18.0, 18.0, True, 0.8),
               _S(5, "team_sport", "match", 95, 8.0, TEAM, 15.0, 19.75, True)],
        event_act="team_sport", sweat=(0.9, 1.35), na=(600, 1250), structured=False),
    "gym_skipper": dict(
        age=(22, 41), female=0.55, mass=(55, 90), height=(155, 190),
        climates=["new_york", "paris", "singapore", "london", "chicago", "toronto", "tokyo", "sydney"],
        slots=[_S(0, "strength", "hard", 60, 7.0, PUSH, 6.5, 18.5, False),
               _S(1, "hiit", "hard", 40, 8.0, HIIT, 6.5, 18.5, False, 0.85),
               _S(2, "strength", "hard", 60, 7.0, LEGS, 6.5, 18.5, False),
               _S(3, "elliptical", "easy", 35, 4.5, ELLIP, 6.5, 18.5, False, 0.5),
               _S(4, "strength", "hard", 55, 7.0, PULL, 6.5, 18.0, False),
               _S(5, "running", "moderate", 40, 6.0, RUN, 9.0, 17.0, True, 0.7),
               _S(6, "crossfit", "hard", 50, 7.5, HIIT + ["shoulder"], 10.0, 10.0, False, 0.3)],
        event_act="hiit", sweat=(0.7, 1.1), na=(500, 1000), structured=False),
    "shift_worker": dict(
        age=(27, 56), female=0.7, mass=(55, 95), height=(155, 188),
        climates=["london", "toronto", "stockholm", "melbourne", "berlin", "new_york", "paris"],
        slots=[],  # built from the shift roster
        event_act="walking", sweat=(0.6, 1.0), na=(500, 1000), structured=False),
    "heat_hiker": dict(
        age=(26, 60), female=0.45, mass=(55, 90), height=(158, 190),
        climates=["phoenix", "athens", "dubai", "perth", "madrid", "denver", "brisbane"],
        slots=[_S(0, "walking", "easy", 45, 3.0, WALK, 6.5, 18.5, True, 0.7),
               _S(1, "strength", "moderate", 40, 5.5, LEGS + CORE[:1], 6.5, 18.5, False, 0.5),
               _S(2, "trail_running", "hard", 60, 6.5, TRAIL, 6.0, 18.0, True),
               _S(3, "walking", "easy", 45, 3.0, WALK, 6.5, 18.5, True, 0.7),
               _S(5, "hiking", "long", 270, 6.0, HIKE, 7.0, 8.5, True),
               _S(6, "hiking", "moderate", 130, 5.0, HIKE, 7.0, 9.0, True, 0.5)],
        event_act="hiking", sweat=(0.8, 1.25), na=(600, 1200), structured=False),
    "triathlete": dict(
        age=(27, 50), female=0.4, mass=(55, 82), height=(160, 190),
        climates=["brisbane", "miami", "madrid", "sydney", "rome", "los_angeles", "berlin"],
        slots=[_S(0, "swimming", "moderate", 50, 5.5, SWIM, 6.0, 18.5, False),
               _S(1, "cycling", "hard", 70, 7.5, BIKE, 6.0, 17.5, True),
               _S(1, "running", "moderate", 30, 6.0, RUN, 7.3, 18.8, True, 0.6),
               _S(2, "swimming", "moderate", 50, 5.5, SWIM, 6.0, 18.5, False),
               _S(2, "running", "hard", 45, 7.0, RUN, 17.5, 17.5, True, 0.8),
               _S(3, "cycling", "moderate", 90, 5.5, BIKE, 6.0, 17.0, True),
               _S(5, "cycling", "long", 200, 6.0, BIKE, 7.0, 7.5, True),
               _S(6, "running", "long", 100, 6.0, RUN, 7.0, 7.5, True)],
        event_act="running", sweat=(0.85, 1.3), na=(600, 1250), structured=True),
    "older_walker": dict(
        age=(60, 79), female=0.75, mass=(52, 92), height=(150, 182),
        climates=["london", "los_angeles", "vienna", "auckland", "paris", "toronto", "rome"],
        slots=[_S(0, "walking", "easy", 45, 3.5, WALK, 9.0, 16.5, True, 0.85),
               _S(1, "pilates", "easy", 50, 4.0, CORE, 10.0, 17.0, False, 0.8),
               _S(2, "walking", "easy", 50, 3.5, WALK, 9.0, 16.5, True, 0.85),
               _S(3, "pilates", "easy", 50, 4.0, CORE, 10.0, 17.0, False, 0.6),
               _S(4, "swimming", "easy", 40, 4.0, SWIM, 9.5, 15.0, False, 0.5),
               _S(5, "walking", "moderate", 75, 4.5, WALK, 9.5, 15.5, True, 0.8),
               _S(6, "other", "moderate", 60, 4.0, ["lower_back", "hamstring", "forearm"], 10.0, 15.0, True, 0.5)],
        event_act="walking", sweat=(0.5, 0.9), na=(500, 1000), structured=False),
    "tennis_player": dict(
        age=(20, 55), female=0.45, mass=(55, 88), height=(158, 192),
        climates=["madrid", "miami", "sydney", "phoenix", "houston", "athens", "rome", "dubai"],
        slots=[_S(0, "racket_sport", "moderate", 75, 6.0, RACKET, 7.0, 18.0, True),
               _S(1, "strength", "moderate", 45, 5.5, LEGS + ["shoulder"], 7.0, 18.5, False, 0.6),
               _S(2, "racket_sport", "hard", 90, 7.0, RACKET, 7.0, 18.0, True),
               _S(3, "running", "easy", 35, 4.5, RUN, 7.0, 18.5, True, 0.5),
               _S(4, "racket_sport", "moderate", 75, 6.0, RACKET, 7.0, 17.5, True, 0.8),
               _S(5, "racket_sport", "long", 120, 7.0, RACKET, 9.0, 15.0, True),
               _S(6, "racket_sport", "moderate", 80, 5.5, RACKET, 9.0, 16.0, True, 0.55)],
        event_act="racket_sport", sweat=(0.8, 1.25), na=(700, 1300), structured=False),
}

COMPAT = {
    None: list(PERSONAS),
    "dehydration": ["marathoner", "masters_cyclist", "footballer", "heat_hiker", "triathlete", "tennis_player"],
    "electrolyte_loss": ["marathoner", "heat_hiker", "triathlete", "tennis_player", "footballer", "masters_cyclist"],
    "muscle_fatigue": ["marathoner", "masters_cyclist", "footballer", "gym_skipper", "heat_hiker", "tennis_player"],
    "training_load_spike": ["marathoner", "masters_cyclist", "footballer", "gym_skipper", "triathlete", "tennis_player"],
    "heat": ["marathoner", "heat_hiker", "tennis_player", "footballer", "triathlete", "masters_cyclist"],
    "nutrient_deficiency": ["gym_skipper", "shift_worker", "older_walker", "marathoner"],
    "sleep_debt": ["shift_worker", "gym_skipper", "footballer", "marathoner", "older_walker", "masters_cyclist"],
    "medication": ["masters_cyclist", "older_walker", "shift_worker", "marathoner", "heat_hiker", "gym_skipper"],
}


# --------------------------------------------------------------------------------------
# Simulation records
# --------------------------------------------------------------------------------------

@dataclass
class _W:
    day: int
    start: dt.datetime
    dur: float
    act: str
    kind: str
    rpe: float
    mus: list
    outdoor: bool
    event: bool = False
    b2b: bool = False
    block: bool = False
    temp: float = 21.0
    hum: float = 50.0
    at: float = 21.0
    env_known: bool = False
    logged: bool = True
    sweat_l: float = 0.0
    drink_l: float = 0.0
    na_loss: float = 0.0
    sodium_drink: bool = False
    fluid_logged: bool = False
    drinks: list = field(default_factory=list)   # (minutes from start, ml, drink)
    measured: bool = False
    pre_kg: float = 0.0
    post_kg: float = 0.0
    pre_t: dt.datetime | None = None
    post_t: dt.datetime | None = None

    @property
    def end(self):
        return (self.start.astimezone(UTC) + dt.timedelta(minutes=self.dur)).astimezone(self.start.tzinfo)

    @property
    def load(self):
        return self.dur * self.rpe


@dataclass
class _Sleep:
    bed: dt.datetime
    wake: dt.datetime
    logged: bool
    quality: int

    @property
    def hours(self):
        return (self.wake.astimezone(UTC) - self.bed.astimezone(UTC)).total_seconds() / 3600.0


def _apparent(t, rh):
    e = rh / 100.0 * 6.105 * math.exp(17.27 * t / (237.7 + t))
    return t + 0.33 * e - 4.0


def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


class _World:
    """One simulated person and journal."""

    def __init__(self, cause, seed, attempt, persona=None):
        self.cause = cause
        self.rng = random.Random(f"blind_journals_e|{cause}|{seed}|{attempt}")
        prng = random.Random(f"blind_journals_e|persona|{cause}|{seed}")
        self.pname = persona or prng.choice(COMPAT[cause])
        self.P = PERSONAS[self.pname]
        self.entries = []   # (utc datetime or None, order, obj)
        self.info = {"persona": self.pname}

    # ---------------- helpers
    def at(self, day, hour):
        d = self.first + dt.timedelta(days=day)
        minutes = int(round(hour * 60))
        naive = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=minutes)
        return naive.replace(tzinfo=self.tz).astimezone(UTC).astimezone(self.tz)

    def plus(self, t, minutes):
        return (t.astimezone(UTC) + dt.timedelta(minutes=minutes)).astimezone(self.tz)

    def day_of(self, t):
        return (t.astimezone(self.tz).date() - self.first).days

    def emit(self, t, obj):
        if t is not None:
            if not (self.start <= t < self.stop):
                return
            obj["time"] = t.replace(second=0, microsecond=0).isoformat(timespec="seconds")
        self.entries.append((t, len(self.entries), obj))

    # ---------------- set-up
    def setup(self):
        r, P, cause = self.rng, self.P, self.cause
        self.female = r.random() < P["female"]
        age = r.randint(*P["age"])
        self.birth_year = 2026 - age
        lo, hi = P["mass"]
        if self.female:
            hi = lo + (hi - lo) * 0.7
        self.mass = round(r.uniform(lo, hi), 1)
        hlo, hhi = P["height"]
        self.height = round(r.uniform(hlo, hhi - (10 if self.female else 0)))
        climates = list(P["climates"])
        if cause == "heat":
            climates = [c for c in climates if c in HOT_CLIMATES] or ["madrid"]
        self.climate = r.choice(climates)
        tzname, tmean, amp, peak, rh, dtr = CLIMATES[self.climate]
        self.tzname = tzname
        self.tz = ZoneInfo(tzname)
        self.clim = (tmean, amp, peak, rh, dtr)
        self.imperial = tzname.startswith("America/") and r.random() < 0.5

        # journal span
        D = r.randint(92, 305)
        if cause in ("muscle_fatigue", "training_load_spike", "medication", "dehydration",
                     "electrolyte_loss", "nutrient_deficiency") and D < 120:
            D = r.randint(120, 305)
        self.D = D
        latest = dt.date(2026, 11, 25) - dt.timedelta(days=D)
        earliest = dt.date(2024, 2, 1)
        if cause in ("heat", "dehydration", "electrolyte_loss") or (self.climate in HOT_CLIMATES and r.random() < 0.5):
            cands = []
            for y in (2024, 2025, 2026):
                pk = dt.date(y, 1, 1) + dt.timedelta(days=peak)
                s = pk - dt.timedelta(days=int(D * r.uniform(0.3, 0.7)))
                if earliest <= s <= latest:
                    cands.append(s)
            first = r.choice(cands) if cands else latest
        else:
            first = earliest + dt.timedelta(days=r.randint(0, (latest - earliest).days))
        self.first = first
        self.start = dt.datetime(first.year, first.month, first.day, tzinfo=self.tz)
        last = first + dt.timedelta(days=D)
        self.stop = dt.datetime(last.year, last.month, last.day, tzinfo=self.tz)

        # logging gaps (nothing logged) and habits
        self.logged_day = [True] * D
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            gl = r.randint(4, 20)
            gs = r.randint(10, max(11, D - gl - 5))
            for d in range(gs, min(D, gs + gl)):
                self.logged_day[d] = False
        for d in range(D):
            if r.random() < 0.02:
                self.logged_day[d] = False
        self.sweat_rate = r.uniform(*P["sweat"])
        self.na_conc = r.uniform(*P["na"])
        if cause == "electrolyte_loss":
            self.na_conc = r.uniform(1150, 1600)          # a salty sweater
            self.sweat_rate = max(self.sweat_rate, r.uniform(0.95, 1.2))
            self.max_drink = r.uniform(0.9, 1.3)
        self.drink_mean = r.uniform(0.25, 0.6)
        self.max_drink = r.uniform(0.6, 1.2)      # litres per hour this person will drink at most
        self.p_measure = r.uniform(0.12, 0.45)
        if self.pname in ("older_walker", "shift_worker", "gym_skipper"):
            self.p_measure = r.uniform(0.0, 0.12)
        if cause == "dehydration":
            self.p_measure = r.uniform(0.5, 0.75)
            self.drink_mean = r.uniform(0.15, 0.4)
            self.max_drink = r.uniform(0.5, 0.9)
        if cause == "electrolyte_loss":
            self.p_measure = max(self.p_measure, r.uniform(0.25, 0.5))
        self.p_sess_fluid = r.uniform(0.35, 0.75)
        if cause in ("electrolyte_loss", "dehydration"):
            self.p_sess_fluid = r.uniform(0.8, 0.95)
        self.p_sodium = r.uniform(0.25, 0.65)
        self.p_fluid_day = r.uniform(0.25, 0.65)
        self.p_meal_day = r.uniform(0.15, 0.55)
        if self.pname in ("gym_skipper", "older_walker"):
            self.p_meal_day = r.uniform(0.4, 0.8)
        if cause == "nutrient_deficiency":
            self.p_meal_day = r.uniform(0.6, 0.85)
        self.p_sleep_log = r.uniform(0.8, 0.96)
        self.p_morning_mass = r.uniform(0.05, 0.5)
        self.p_env = r.uniform(0.6, 0.95)
        if cause == "heat":
            self.p_env = r.uniform(0.85, 1.0)
        self.p_hum = r.uniform(0.5, 0.95)
        self.p_mus = r.uniform(0.55, 1.0)
        self.p_rpe = r.uniform(0.8, 1.0)
        self.p_hr = r.choice([0.0, 0.0, 0.6, 0.9])
        self.p_dist = r.uniform(0.4, 0.95)
        self.pm_share = r.uniform(0.1, 0.6)
        if cause == "heat":
            self.pm_share = r.uniform(0.45, 0.8)
        self.use_ids = r.random() < 0.5
        self.sleep_hours_style = r.random() < 0.2
        self.usual_sleep = r.uniform(6.8, 8.2)
        self.usual_bed = r.uniform(22.0, 23.5)
        if self.pname == "older_walker":
            self.usual_bed = r.uniform(21.8, 23.0)

    # ---------------- weather
    def weather(self):
        r = self.rng
        tmean, amp, peak, rh, dtr = self.clim
        self.tmax, self.rh = [], []
        noise = 0.0
        for d in range(self.D):
            doy = (self.first + dt.timedelta(days=d)).timetuple().tm_yday
            noise = 0.7 * noise + r.gauss(0, 2.2)
            self.tmax.append(tmean + amp * math.cos(2 * math.pi * (doy - peak) / 365.25) + noise)
            self.rh.append(_clip(rh + r.gauss(0, 10), 12, 97))

    def temp_at(self, d, hour):
        tmax = self.tmax[d]
        dtr = self.clim[4]
        h = hour % 24
        if 5 <= h <= 15:
            s = 0.5 - 0.5 * math.cos(math.pi * (h - 5) / 10)
        else:
            hh = h if h > 15 else h + 24
            s = 0.5 + 0.5 * math.cos(math.pi * (hh - 15) / 14)
        t = tmax - dtr * (1 - s)
        rh = _clip(self.rh[d] + 18 * (1 - s) - 8, 8, 100)
        return t, rh

    # ---------------- training plan
    def plan(self):
        r, cause, D = self.rng, self.cause, self.D
        n_weeks = D // 7 + 2
        mult = [1.0] * n_weeks
        base = 1.0
        for w in range(n_weeks):
            base = _clip(base * (1 + r.gauss(0.008, 0.02)), 0.8, 1.3)
            mult[w] = base * (1 + r.gauss(0, 0.06))
            if self.P["structured"] and w % 4 == 3:
                mult[w] *= 0.75
        # training blocks (camps / sudden build-ups), preceded by an easy week
        self.block_week = [False] * n_weeks
        self.deload_week = [False] * n_weeks
        if cause == "training_load_spike":
            n_blocks = max(4, min(7, D // 32 + r.randint(0, 1)))
        else:
            n_blocks = r.choice([0, 0, 1, 1, 2])
        cand = list(range(5, D // 7 - 1))
        r.shuffle(cand)
        chosen = []
        for w in cand:
            if len(chosen) >= n_blocks:
                break
            if cause == "training_load_spike":
                # a planted block must be visible: logged through it and the four weeks before
                span = self.logged_day[max(0, 7 * (w - 4)): min(D, 7 * (w + 2))]
                if not span or sum(span) < 0.92 * len(span):
                    continue
            if all(abs(w - c) >= 4 for c in chosen):
                chosen.append(w)
        self.block_strength = {}
        for w in chosen:
            length = r.choice([1, 2, 2]) if cause == "training_load_spike" else 1
            self.deload_week[w - 1] = True
            mult[w - 1] = r.uniform(0.45, 0.6) if cause == "training_load_spike" else r.uniform(0.5, 0.7)
            for k in range(length):
                if w + k < n_weeks:
                    self.block_week[w + k] = True
                    strong = r.uniform(2.0, 2.5) if cause == "training_load_spike" else r.uniform(1.25, 1.5)
                    self.block_strength[w + k] = strong
                    mult[w + k] = 1.0
        self.mult = mult
        # events (far beyond usual) and back-to-back hard days
        p_event = r.uniform(0.28, 0.42) if cause == "muscle_fatigue" else r.uniform(0.05, 0.14)
        p_b2b = r.uniform(0.45, 0.65) if cause == "muscle_fatigue" else r.uniform(0.08, 0.22)
        if self.pname == "triathlete":
            p_b2b *= 0.4      # back-to-back days are already part of the plan
        self.event_week = [r.random() < p_event and not self.block_week[w] and not self.deload_week[w]
                           for w in range(n_weeks)]
        self.b2b_week = [r.random() < p_b2b and not self.deload_week[w] for w in range(n_weeks)]
        # real breaks (illness, holiday): no training but logging goes on
        self.break_day = [False] * D
        busy = set()
        for w in chosen:
            busy.update(range(7 * (w - 4), 7 * (w + 3)))
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            bl = r.randint(5, 12)
            for _try in range(10):
                bs = r.randint(15, max(16, D - bl - 3))
                if not busy.intersection(range(bs, bs + bl)):
                    for d in range(bs, min(D, bs + bl)):
                        self.break_day[d] = True
                    break
        # per-slot time-of-day routine
        self.slot_pm = {}
        # shift roster
        if self.pname == "shift_worker":
            self.roster = self._roster()

    def _roster(self):
        r = self.rng
        roster = []
        while len(roster) < self.D + 3:
            kind = r.choice(["D", "D", "N"])
            roster += [kind] * r.randint(2, 4)
            roster += ["O"] * r.randint(2, 4)
        return roster[: self.D + 3]

    def _slots_for_day(self, d):
        if self.pname != "shift_worker":
            wd = (self.first + dt.timedelta(days=d)).weekday()
            return [s for s in self.P["slots"] if s.wd == wd]
        r = self.rng
        k = self.roster[d]
        out = []
        if k == "O":
            choice = r.choice(["walking", "swimming", "yoga", "elliptical", "cycling", "walking"])
            table = {"walking": ("easy", 55, 3.5, WALK), "swimming": ("moderate", 40, 5.0, SWIM),
                     "yoga": ("easy", 60, 3.0, YOGA), "elliptical": ("moderate", 40, 5.5, ELLIP),
                     "cycling": ("moderate", 60, 5.0, BIKE)}
            kind, dur, rpe, mus = table[choice]
            out.append(_S(0, choice, kind, dur, rpe, mus, 10.5, 16.0,
                          choice in ("walking", "cycling"), 0.75))
        elif k == "D":
            out.append(_S(0, "walking", "easy", 25, 3.0, WALK, 6.2, 19.8, True, 0.35))
        else:
            out.append(_S(0, "walking", "easy", 40, 3.0, WALK, 15.0, 15.0, True, 0.3))
        return out

    def training(self):
        r = self.rng
        self.ws = []
        for d in range(self.D):
            if self.break_day[d]:
                continue
            w = d // 7
            slots = self._slots_for_day(d)
            wmult = self.mult[w]
            extra_rpe = 0.0
            if self.block_week[w]:
                f = self.block_strength[w]
                wmult = min(1.6, 0.4 + 0.55 * f) * (1 + r.gauss(0, 0.05))
                extra_rpe = 0.4
            for s in slots:
                p = s.p
                if self.deload_week[w]:
                    p *= 0.7
                if self.block_week[w]:
                    p = min(1.0, p + 0.3)
                if r.random() >= p:
                    continue
                self._add_session(d, s, wmult, extra_rpe)
            # training block: extra sessions on rest days and camp-style second sessions
            if self.block_week[w] and self.pname != "shift_worker":
                f = self.block_strength[w]
                base = self._main_slot()
                today = [x for x in self.ws if x.day == d]
                if not today and r.random() < (f - 1.0) * 0.9:
                    s = _S(0, base.act, "moderate", base.dur * 0.9 if base.kind != "long" else 60,
                           5.5, base.mus, base.am, base.pm, base.outdoor)
                    self._add_session(d, s, 1.0, 0.3)
                elif today and r.random() < (f - 1.2) * 0.6:
                    first = today[0]
                    later = first.start.hour < 12
                    s = _S(0, r.choice([base.act, "strength"]), "moderate", 45, 5.0,
                           base.mus if r.random() < 0.6 else LEGS, 17.5 if later else 7.0,
                           17.5 if later else 7.0, base.outdoor)
                    if s.act == "strength":
                        s.outdoor, s.mus = False, LEGS + ["abdomen"]
                    self._add_session(d, s, 1.0, 0.0)
        self.ws.sort(key=lambda x: x.start)
        self._events_and_b2b()
        self.ws.sort(key=lambda x: x.start)

    def _main_slot(self):
        slots = [s for s in self.P["slots"] if s.act == self.P["event_act"]] or self.P["slots"]
        return max(slots, key=lambda s: s.dur) if slots else _S(0, "walking", "easy", 45, 3.0, WALK, 9, 17, True)

    def _add_session(self, d, s, wmult, extra_rpe, dur=None, rpe=None, event=False, b2b=False):
        r = self.rng
        key = (s.wd, s.act, s.kind)
        if key not in self.slot_pm:
            self.slot_pm[key] = r.random() < self.pm_share
        pm = self.slot_pm[key]
        if r.random() < 0.15:
            pm = not pm
        hour = (s.pm if pm else s.am) + r.gauss(0, 0.35)
        if not pm and self.tmax[d] > 29 and s.outdoor:
            hour -= 0.5
        hour = _clip(hour, 5.0, 21.5)
        if dur is None:
            dur = s.dur * wmult * math.exp(r.gauss(0, 0.12))
        dur = _clip(round(dur), 10, 600)
        if rpe is None:
            rpe = s.rpe + extra_rpe + r.gauss(0, 0.6)
        rpe = round(_clip(rpe, 1, 10))
        w = _W(day=d, start=self.at(d, hour), dur=dur, act=s.act, kind=s.kind, rpe=rpe,
               mus=list(s.mus), outdoor=s.outdoor, event=event, b2b=b2b,
               block=self.block_week[d // 7])
        self.ws.append(w)
        return w

    def _events_and_b2b(self):
        r = self.rng
        by_week = {}
        for w in self.ws:
            by_week.setdefault(w.day // 7, []).append(w)
        act = self.P["event_act"]
        for wk, lst in by_week.items():
            if wk < len(self.event_week) and self.event_week[wk]:
                cands = [w for w in lst if w.act == act] or lst
                tgt = max(cands, key=lambda x: x.dur)
                base = tgt.dur if tgt.kind in ("long", "match") else tgt.dur * 1.6
                tgt.dur = round(_clip(base * r.uniform(1.7, 2.3), 60, 600))
                tgt.rpe = r.choice([8, 8, 9, 9, 10])
                tgt.event = True
                tgt.kind = "event"
            if wk < len(self.b2b_week) and self.b2b_week[wk]:
                hard = [w for w in lst if w.rpe >= 6 and not w.event]
                if not hard:
                    continue
                anchor = r.choice(hard)
                days = {w.day for w in self.ws}
                chain = r.choice([1, 1, 2])
                prev = anchor
                for k in range(1, chain + 1):
                    nd = anchor.day + k
                    if nd >= self.D or self.break_day[nd]:
                        break
                    same = [w for w in self.ws if w.day == nd and set(w.mus) & set(anchor.mus)]
                    if same:
                        x = same[0]
                        x.rpe = max(x.rpe, r.choice([6, 7, 7, 8]))
                        x.dur = round(max(x.dur, prev.dur * r.uniform(0.75, 1.05)))
                        x.b2b = True
                    else:
                        s = _S(0, anchor.act, "hard", prev.dur * r.uniform(0.7, 1.0), r.choice([6.5, 7, 7.5]),
                               anchor.mus, 7.5, 17.5, anchor.outdoor)
                        x = self._add_session(nd, s, 1.0, 0.0, b2b=True)
                    prev = x
                    days.add(nd)

    # ---------------- physiology per session
    def physiology(self):
        r = self.rng
        self.true_mass = []
        m = self.mass
        for d in range(self.D):
            m += r.gauss(0, 0.06) + 0.03 * (self.mass - m)
            self.true_mass.append(m)
        for w in self.ws:
            w.logged = self.logged_day[w.day]
            mid = w.start.hour + w.start.minute / 60 + w.dur / 120
            if w.outdoor:
                w.temp, w.hum = self.temp_at(w.day, mid)
            else:
                w.temp, w.hum = r.uniform(19.5, 23.5), r.uniform(35, 60)
            w.at = _apparent(w.temp, w.hum)
            w.env_known = (r.random() < self.p_env) if w.outdoor else (r.random() < 0.12)
            if w.act == "swimming":
                w.env_known = False
            heat = 1 + 0.025 * max(0.0, w.at - 15)
            w.sweat_l = (self.sweat_rate * w.dur / 60 * (0.6 + 0.07 * w.rpe) * ACT_SWEAT.get(w.act, 0.6)
                         * heat * math.exp(r.gauss(0, 0.1)))
            w.na_loss = w.sweat_l * self.na_conc * math.exp(r.gauss(0, 0.08))
            # people drink a larger share when they sweat more (long or hot sessions)
            f_mean = self.drink_mean + 0.2 * _clip((w.sweat_l - 0.5) / 1.5, 0, 1)
            if w.dur > 180:
                f_mean += 0.15
            if self.cause == "electrolyte_loss":
                f_mean += 0.25
            f = _clip(r.gauss(f_mean, 0.22), 0, 1.15)
            if w.dur < 40:
                f *= 0.3
            if w.act == "swimming":
                f *= 0.3
            w.drink_l = min(w.sweat_l * f, w.dur / 60 * self.max_drink * r.uniform(0.7, 1.1))
            long = w.dur >= 75 or w.sweat_l >= 1.4
            w.sodium_drink = r.random() < (self.p_sodium if long else 0.08)
            p_fl = self.p_sess_fluid if w.dur >= 45 else self.p_sess_fluid / 3
            w.fluid_logged = w.drink_l >= 0.1 and r.random() < p_fl
            w.measured = w.act != "swimming" and r.random() < min(0.95, self.p_measure * (1.3 if w.dur >= 60 else 0.7))
            mass = self.true_mass[w.day] + r.gauss(0, 0.25)
            w.pre_kg = mass
            loss = w.sweat_l - w.drink_l + r.gauss(0.05, 0.1)
            w.post_kg = mass - loss + r.gauss(0, 0.08)
            w.pre_t = self.plus(w.start, -r.randint(6, 20))
            w.post_t = self.plus(w.end, r.randint(3, 15))
            # drinks: during the session and a recovery drink
            if w.drink_l > 0.05:
                tot = w.drink_l * 1000
                n = max(1, min(14, int(w.dur // 35), int(tot // 300)), math.ceil(tot / 900))
                for i in range(n):
                    ml = tot / n
                    mins = w.dur * (i + 1) / (n + 1) + r.uniform(-5, 5)
                    if w.sodium_drink:
                        kind = r.choice(["sports_drink", "sports_drink", "electrolyte_drink", "ors",
                                         "coconut_water"]) if (i == 0 or r.random() < 0.7) else "water"
                    else:
                        kind = "water"
                    w.drinks.append((mins, ml, kind))
            if r.random() < 0.55:
                if w.sodium_drink:
                    kind = r.choice(["electrolyte_drink", "sports_drink", "milk", "water"])
                else:
                    kind = r.choice(["water", "water", "water", "juice"] if self.cause != "electrolyte_loss" else ["water"])
                w.drinks.append((w.dur + r.uniform(18, 45), r.choice([250, 330, 400, 500, 600, 750]), kind))

    # ---------------- sleep
    def sleep(self):
        r, cause = self.rng, self.cause
        self.sleeps = []
        p_short = 0.05
        bad = [False] * (self.D + 1)
        n_bad = r.randint(5, 8) if cause == "sleep_debt" else r.choice([0, 0, 1, 1, 2])
        for _ in range(n_bad):
            bl = r.randint(4, 10) if cause == "sleep_debt" else r.randint(3, 7)
            bs = r.randint(0, max(1, self.D - bl))
            for d in range(bs, min(self.D, bs + bl)):
                bad[d] = True
        late_match = {w.day for w in self.ws if w.kind in ("match", "event") and w.end.hour >= 20}
        for d in range(self.D):
            if self.pname == "shift_worker":
                k, kn = self.roster[d], self.roster[d + 1]
                if k == "N":
                    # works through the night, sleeps in the morning of d+1
                    bed = self.at(d + 1, r.gauss(8.6, 0.3))
                    hours = _clip(r.gauss(5.3, 0.7), 3.5, 7.5)
                    if bad[d] and r.random() < 0.6:
                        hours = _clip(hours - r.uniform(0.8, 1.8), 2.8, 7.0)
                    self._add_sleep(bed, hours)
                    continue
                if kn == "D":
                    bed_h, usual = r.gauss(22.0, 0.3), min(self.usual_sleep, 7.3)
                else:
                    bed_h, usual = self.usual_bed + r.gauss(0.2, 0.4), self.usual_sleep + 0.3
                hours = r.gauss(usual, 0.45)
                if kn == "N":
                    hours = r.gauss(self.usual_sleep + 0.5, 0.5)
                if (bad[d] and r.random() < 0.65) or r.random() < p_short:
                    hours = usual - r.uniform(1.6, 3.0)
                self._add_sleep(self.at(d, bed_h), _clip(hours, 2.5, 11))
                continue
            wd = (self.first + dt.timedelta(days=d)).weekday()
            bed_h = self.usual_bed + r.gauss(0, 0.4) + (0.5 if wd in (4, 5) else 0.0)
            hours = r.gauss(self.usual_sleep + (0.4 if wd in (4, 5) else 0.0), 0.45)
            if d in late_match:
                bed_h = max(bed_h, 23.8 + r.uniform(0, 1.0))
                hours -= r.uniform(0.5, 1.4)
            if (bad[d] and r.random() < 0.7) or r.random() < p_short:
                hours = self.usual_sleep - r.uniform(1.7, 3.3)
                bed_h += r.uniform(0.3, 1.8)
            self._add_sleep(self.at(d, bed_h), _clip(hours, 2.5, 11))
        self.sleeps.sort(key=lambda s: s.bed)

    def _add_sleep(self, bed, hours):
        r = self.rng
        wake = self.plus(bed, hours * 60)
        q = int(_clip(round(3 + (hours - self.usual_sleep) * 0.8 + r.gauss(0, 0.7)), 1, 5))
        d = self.day_of(bed)
        logged = 0 <= d < self.D and self.logged_day[d] and r.random() < self.p_sleep_log and wake < self.stop
        self.sleeps.append(_Sleep(bed, wake, logged, q))

    # ---------------- meals
    def meals(self):
        r, cause = self.rng, self.cause
        self.low_day = [False] * self.D
        if cause == "nutrient_deficiency":
            target = r.uniform(0.22, 0.36) * self.D
            tot, tries = 0, 0
            while tot < target and tries < 200:
                tries += 1
                ln = r.randint(8, 21)
                s = r.randint(10, max(11, self.D - ln - 3))
                if any(self.low_day[max(0, s - 6): min(self.D, s + ln + 6)]):
                    continue
                for d in range(s, min(self.D, s + ln)):
                    self.low_day[d] = True
                tot += ln
        self.meal_day = [False] * self.D
        self.meal_objs = []
        self.intake = {}
        scale = (1.2 if not self.female else 1.0) * (1.0 if self.pname in ("older_walker", "shift_worker") else 1.15)
        p_low_slot = 0.3 if cause == "nutrient_deficiency" else 0.15
        older = 2026 - self.birth_year >= 50
        for d in range(self.D):
            if not self.logged_day[d] or r.random() >= self.p_meal_day:
                continue
            low = self.low_day[d]
            self.meal_day[d] = True
            partial = (not low) and r.random() < 0.06
            tot = [0.0, 0.0, 0.0, 0.0]
            slots = [("breakfast", 7.3), ("lunch", 12.6), ("snack", 16.0), ("dinner", 19.2)]
            if partial:
                slots = [r.choice(slots)]
            elif older and not low:
                slots.append(("dairy", 21.0))
            for slot, hour in slots:
                if slot == "dairy":
                    meal = [r.choice([("yogurt, plain, lowfat, 12 grams protein per 8 oz", 150, 220),
                                      ("milk, lowfat, 1%", 200, 280), ("cheese, cottage, lowfat, 2% milkfat", 120, 170)])]
                elif low:
                    if slot != "dinner" and r.random() < 0.15:
                        continue
                    meal = r.choice(LOW_MEALS[slot])
                else:
                    if slot == "snack" and r.random() < 0.35:
                        continue
                    meal = r.choice(LOW_MEALS[slot]) if r.random() < p_low_slot else r.choice(GOOD_MEALS[slot])
                items = []
                for food, g0, g1 in meal:
                    g = round(r.uniform(g0, g1) * scale / 5) * 5
                    items.append({"food": food, "grams": g})
                    mg, k, ca, kcal = FOODS[food]
                    tot[0] += mg * g / 100
                    tot[1] += k * g / 100
                    tot[2] += ca * g / 100
                    tot[3] += kcal * g / 100
                t = self.at(d, hour + r.gauss(0, 0.4))
                self.meal_objs.append((t, {"type": "meal", "items": items}))
            self.intake[d] = tot

    # ---------------- emit the ordinary journal
    def emit_world(self):
        r = self.rng
        prof = {"type": "profile", "sex": "female" if self.female else "male", "birth_year": self.birth_year,
                "body_mass_kg": self.mass, "height_cm": self.height, "timezone": self.tzname}
        if self.female and self.birth_year > 1980 and r.random() < 0.3:
            prof["pregnant"] = False
        self.emit(None, prof)
        for w in self.ws:
            if not w.logged:
                continue
            o = {"type": "workout", "duration_min": w.dur, "activity": w.act}
            if r.random() < self.p_rpe:
                o["rpe"] = w.rpe
            if r.random() < self.p_hr:
                o["avg_hr"] = int(_clip(round(92 + 9.5 * w.rpe + r.gauss(0, 6)), 60, 200))
            if w.act in ACT_SPEED and ACT_SPEED[w.act] > 0 and r.random() < self.p_dist:
                spd = ACT_SPEED[w.act] * (0.85 + 0.04 * w.rpe) * math.exp(r.gauss(0, 0.06))
                o["distance_km"] = round(spd * w.dur / 60, 1)
            if w.env_known:
                if self.imperial:
                    o["temperature_c"] = f"{round(w.temp * 9 / 5 + 32)} degF"
                else:
                    o["temperature_c"] = round(w.temp, 1)
                if r.random() < self.p_hum:
                    o["humidity_pct"] = int(round(w.hum))
            if r.random() < self.p_mus:
                o["muscle_groups"] = list(w.mus)
            if r.random() < 0.2:
                o["warm_up_min"] = r.choice([5, 10, 10, 15])
            if r.random() < 0.1:
                o["cool_down_min"] = r.choice([5, 10])
            if r.random() < 0.04:
                o["notes"] = r.choice(["felt flat", "good session", "windy", "new shoes",
                                       "with the club", "legs heavy", "easy chat pace"])
            self.emit(w.start, o)
            if w.measured:
                self.emit(w.pre_t, self._mass_obj(w.pre_kg, "pre_workout"))
                self.emit(w.post_t, self._mass_obj(w.post_kg, "post_workout"))
            if w.fluid_logged:
                for mins, ml, kind in w.drinks:
                    self.emit(self.plus(w.start, mins), self._fluid_obj(ml, kind))
        for s in self.sleeps:
            if not s.logged:
                continue
            o = {"type": "sleep"}
            if self.sleep_hours_style:
                o["hours"] = round(s.hours, 2)
            else:
                o["end"] = s.wake.replace(second=0, microsecond=0).isoformat(timespec="seconds")
            if r.random() < 0.6:
                o["quality"] = s.quality
            self.emit(s.bed, o)
        # morning body mass and daily drinks
        for d in range(self.D):
            if not self.logged_day[d]:
                continue
            if r.random() < self.p_morning_mass:
                self.emit(self.at(d, r.uniform(6.3, 7.8)),
                          self._mass_obj(self.true_mass[d] + 0.4 + r.gauss(0, 0.3), "morning"))
            if r.random() < self.p_fluid_day:
                for _ in range(r.choice([1, 1, 2, 3])):
                    self.emit(self.at(d, r.uniform(7, 10.5)),
                              self._fluid_obj(r.choice([200, 250, 300]), r.choice(["coffee", "coffee", "tea"])))
                for _ in range(r.randint(2, 6)):
                    self.emit(self.at(d, r.uniform(9, 21.5)),
                              self._fluid_obj(r.choice([250, 330, 400, 500, 750]), "water"))
                if r.random() < 0.3:
                    self.emit(self.at(d, r.uniform(12, 20)),
                              self._fluid_obj(r.choice([200, 250, 330]), r.choice(["juice", "milk", "soft_drink", "tea"])))
                if r.random() < 0.15:
                    self.emit(self.at(d, r.uniform(19, 22.5)), self._fluid_obj(r.choice([330, 500]), "beer"))
        # supplements unrelated to minerals
        if r.random() < 0.35:
            name = r.choice(["vitamin D3", "fish oil", "vitamin B12", "iron"])
            p = r.uniform(0.3, 0.8)
            for d in range(self.D):
                if self.logged_day[d] and r.random() < p:
                    self.emit(self.at(d, r.uniform(7.5, 9)), {"type": "supplement", "name": name})

    def _mass_obj(self, kg, ctx):
        if self.imperial:
            return {"type": "body_mass", "kg": f"{kg * 2.20462:.1f} lb", "context": ctx}
        return {"type": "body_mass", "kg": round(kg, 1), "context": ctx}

    def _fluid_obj(self, ml, kind):
        ml = max(30, round(ml / 10) * 10)
        if self.imperial and self.rng.random() < 0.5:
            o = {"type": "fluid", "ml": f"{round(ml / 29.5735)} oz"}
        else:
            o = {"type": "fluid", "ml": min(5000, ml)}
        if kind != "water" or self.rng.random() < 0.8:
            o["drink"] = kind
        return o

    # ---------------- medicines
    def medicines(self):
        r, cause = self.rng, self.cause
        meds = []
        self.med_start = self.med_end = self.D
        if r.random() < 0.45:
            nm = r.choice(UNRELATED_LONG)
            meds.append({"type": "medication", "name": nm,
                         "start": (self.first - dt.timedelta(days=r.randint(200, 3000))).isoformat()})
        if r.random() < 0.4:
            nm, a, b = r.choice(UNRELATED_COURSE)
            s = r.randint(5, self.D - 20)
            o = {"type": "medication", "name": nm, "start": (self.first + dt.timedelta(days=s)).isoformat()}
            e = s + r.randint(a, b)
            if e < self.D:
                o["end"] = (self.first + dt.timedelta(days=e)).isoformat()
            meds.append(o)
        if cause != "medication":
            if self.pname in ("masters_cyclist", "older_walker") and r.random() < 0.35:
                nm = r.choice(CRAMP_MEDS["statin"] + CRAMP_MEDS["diuretic"][:2])
                meds.append({"type": "medication", "name": nm,
                             "start": (self.first - dt.timedelta(days=r.randint(300, 3000))).isoformat()})
            elif r.random() < 0.08:
                nm = r.choice(CRAMP_MEDS["statin"])
                s = r.randint(int(self.D * 0.3), int(self.D * 0.7))
                meds.append({"type": "medication", "name": nm,
                             "start": (self.first + dt.timedelta(days=s)).isoformat()})
        else:
            pool = {"masters_cyclist": CRAMP_MEDS["statin"] + ["nifedipine"],
                    "older_walker": CRAMP_MEDS["diuretic"] + ["raloxifene", "naproxen"] + CRAMP_MEDS["statin"],
                    "shift_worker": ["naproxen", "salmeterol", "hydrochlorothiazide", "atorvastatin"],
                    "marathoner": CRAMP_MEDS["laba"] + ["naproxen"],
                    "heat_hiker": ["hydrochlorothiazide", "indapamide", "salmeterol", "atorvastatin"],
                    "gym_skipper": ["salmeterol", "formoterol", "naproxen"]}[self.pname]
            nm = r.choice(pool)
            s = r.randint(int(self.D * 0.55), int(self.D * 0.72))
            o = {"type": "medication", "name": nm, "start": (self.first + dt.timedelta(days=s)).isoformat()}
            self.med_start = s
            self.med_end = self.D
            self.med_name = nm
            if r.random() < 0.25 and self.D - s > 75:
                e = s + r.randint(int((self.D - s) * 0.75), int((self.D - s) * 0.9))
                o["end"] = (self.first + dt.timedelta(days=e)).isoformat()
                self.med_end = e
            meds.append(o)
        self.med_objs = meds

    # ---------------- visible exposures for each cause
    def visible_sessions(self):
        return [w for w in self.ws if w.logged]

    def exposures(self, cause):
        """(units, exposed flags, weights, kind) for a cause, from what the journal shows."""
        ws = self.visible_sessions()
        if cause == "heat":
            units = [w for w in ws if w.env_known]
            flags = [w.at >= 29.0 for w in units]
            wts = [1.0 + 0.25 * max(0.0, w.at - 29.0) for w in units]
            return units, flags, wts, "session"
        if cause == "dehydration":
            units = [w for w in ws if w.measured]
            pct = [self._shown_loss(w) for w in units]
            flags = [p > 2.0 for p in pct]
            wts = [1.0 + 0.4 * max(0.0, p - 2.0) for p in pct]
            return units, flags, wts, "session"
        if cause == "electrolyte_loss":
            units = [w for w in ws if w.fluid_logged and w.sweat_l >= 0.8]
            flags, wts = [], []
            for w in units:
                water = sum(ml for m, ml, k in w.drinks if k == "water")
                salty = any(k != "water" for m, ml, k in w.drinks)
                e = w.na_loss >= 1500 and not salty and water >= 500
                flags.append(e)
                wts.append(1.0 + 0.2 * max(0.0, w.na_loss - 1500) / 1000.0)
            return units, flags, wts, "session"
        if cause == "muscle_fatigue":
            units = ws
            flags, wts = self._fatigue_flags(ws)
            return units, flags, wts, "session"
        if cause == "training_load_spike":
            vis = self._acwr([w for w in ws])
            tru = self._acwr(self.ws)
            units, flags, wts = [], [], []
            for w in ws:
                if w.day < 28:
                    continue
                a, b = vis.get(w.day), tru.get(w.day)
                if a is None:
                    continue
                units.append(w)
                flags.append(a > 1.5 and (b or 0) > 1.4)
                wts.append(1.0 + max(0.0, a - 1.5))
            return units, flags, wts, "session"
        if cause == "sleep_debt":
            units = [s for s in self.sleeps if s.logged]
            hrs = sorted(s.hours for s in units)
            med = hrs[len(hrs) // 2] if hrs else 7.5
            self.sleep_median = med
            flags = [s.hours <= med - 1.5 for s in units]
            wts = [1.0 + 0.3 * max(0.0, med - s.hours - 1.5) for s in units]
            return units, flags, wts, "night"
        if cause == "nutrient_deficiency":
            units = [d for d in range(self.D) if self.meal_day[d]]
            flags = [self.low_day[d] for d in units]
            return units, flags, [1.0] * len(units), "day"
        if cause == "medication":
            units = [d for d in range(self.D) if self.logged_day[d]]
            flags = [self.med_start <= d < self.med_end for d in units]
            return units, flags, [1.0] * len(units), "day"
        raise ValueError(cause)

    def _shown_loss(self, w):
        if self.imperial:
            pre = round(w.pre_kg * 2.20462, 1) / 2.20462
            post = round(w.post_kg * 2.20462, 1) / 2.20462
        else:
            pre, post = round(w.pre_kg, 1), round(w.post_kg, 1)
        return (pre - post) / pre * 100

    def _fatigue_flags(self, ws):
        by_act = {}
        for w in ws:
            by_act.setdefault(w.act, []).append(w)
        p75d, p75l = {}, {}
        for a, lst in by_act.items():
            ds = sorted(w.dur for w in lst)
            ls = sorted(w.load for w in lst)
            p75d[a] = ds[int(0.75 * (len(ds) - 1))]
            p75l[a] = ls[int(0.75 * (len(ls) - 1))]
        byday = {}
        for w in ws:
            byday.setdefault(w.day, []).append(w)
        flags, wts = [], []
        for w in ws:
            far = w.dur >= 1.5 * p75d[w.act] or w.load >= 1.6 * p75l[w.act]
            b2b = w.rpe >= 6 and any(x.rpe >= 6 and set(x.mus) & set(w.mus) for x in byday.get(w.day - 1, []))
            flags.append(far or b2b)
            wts.append((1.5 if far else 0.0) + (1.0 if b2b else 0.0) + 0.01)
        return flags, wts

    def _acwr(self, ws):
        load = [0.0] * self.D
        for w in ws:
            load[w.day] += w.load
        cum = [0.0]
        for x in load:
            cum.append(cum[-1] + x)
        out = {}
        for d in range(27, self.D):
            acute = cum[d + 1] - cum[d - 6]
            chronic = (cum[d + 1] - cum[d - 27]) / 4
            if chronic > 0:
                out[d] = acute / chronic
        return out

    # ---------------- episodes
    def _episode(self, t, kind, muscle, during, planted):
        r = self.rng
        o = {"type": "episode", "kind": kind, "muscle": muscle}
        if kind == "spasm":
            if r.random() < 0.85:
                o["side"] = r.choice(["left", "right", "left", "right", "both"])
            if r.random() < 0.85:
                o["duration_s"] = int(round(_clip(math.exp(r.gauss(4.3 if during == "sleep" else 4.0, 0.7)), 5, 900)))
            if r.random() < 0.9:
                o["pain"] = int(_clip(round(r.gauss(6.5, 1.5)), 2, 10))
            o["during"] = during
            if r.random() < 0.8:
                rel = ["stretching"] if r.random() < 0.75 else []
                for x in ("massage", "walking_it_off", "hydration", "rest", "heat", "pickle_juice"):
                    if r.random() < {"massage": 0.25, "walking_it_off": 0.2, "hydration": 0.12,
                                     "rest": 0.1, "heat": 0.05, "pickle_juice": 0.03}[x]:
                        rel.append(x)
                if rel:
                    o["relief"] = rel
                    o["relieved"] = r.random() < 0.9
            if r.random() < 0.08:
                o["flags"] = {"swelling": False, "weakness": False}
        else:
            if r.random() < 0.6:
                o["side"] = r.choice(["left", "right"])
            o["duration_s"] = int(r.choice([2, 5, 10, 20, 30, 60, 120]))
            o["pain"] = r.choice([0, 0, 0, 1])
            o["during"] = during
        if r.random() < 0.03:
            o["notes"] = r.choice(["woke me up", "again", "annoying", "came on suddenly"])
        self.episodes.append((t, o, planted))

    def _pick_muscle(self, mus):
        r = self.rng
        ws = [CRAMP_WEIGHT.get(m, 0.5) for m in mus]
        return r.choices(mus, weights=ws)[0]

    def _session_episode(self, w, planted, allow_sleep=True):
        r = self.rng
        x = r.random()
        muscle = self._pick_muscle(w.mus)
        if x < 0.5:
            t = self.plus(w.start, w.dur * r.uniform(0.55, 0.97))
            self._episode(t, "spasm", muscle, "exercise", planted)
            return
        if x < 0.9 or not allow_sleep:
            t = self.plus(w.end, r.uniform(5, 150))
            if t < self.stop:
                self._episode(t, "spasm", muscle, "after_exercise", planted)
                return
            t = self.plus(w.start, w.dur * r.uniform(0.6, 0.95))
            self._episode(t, "spasm", muscle, "exercise", planted)
            return
        s = self._sleep_after(w.end, 16)
        if s is None:
            return self._session_episode(w, planted, allow_sleep=False)
        t = self.plus(s.bed, s.hours * 60 * r.uniform(0.3, 0.85))
        self._episode(t, "spasm", r.choice(["calf", "calf", muscle]), "sleep", planted)

    def _sleep_after(self, t, within_h):
        for s in self.sleeps:
            if s.bed >= t and (s.bed.astimezone(UTC) - t.astimezone(UTC)).total_seconds() <= within_h * 3600 \
                    and s.wake < self.stop:
                return s
        return None

    def _sleep_in_day(self, d):
        for s in self.sleeps:
            if self.day_of(s.bed) == d and s.wake < self.stop:
                return s
        return None

    def _rest_time(self, d):
        return self.at(d, self.rng.uniform(10, 21.5))

    def _day_episode(self, d, planted, p_sleep, p_ex, muscles=None):
        """An episode on day d: at night, at rest or around a session of that day."""
        r = self.rng
        muscles = muscles or ["calf", "calf", "calf", "foot", "hamstring", "toes", "quadriceps"]
        x = r.random()
        if x < p_ex:
            day_ws = [w for w in self.ws if w.day == d and w.logged]
            if day_ws:
                self._session_episode(r.choice(day_ws), planted, allow_sleep=False)
                return
        if x < p_ex + p_sleep:
            s = self._sleep_in_day(d)
            if s is not None and s.logged:
                t = self.plus(s.bed, s.hours * 60 * r.uniform(0.25, 0.9))
                self._episode(t, "spasm", r.choice(muscles), "sleep", planted)
                return
        self._episode(self._rest_time(d), "spasm", r.choice(muscles), "rest", planted)

    def background(self):
        r = self.rng
        days = [d for d in range(self.D) if self.logged_day[d]]
        lo, hi = (7, 15) if self.pname == "older_walker" else (4, 13)
        n = r.randint(lo, hi)
        for d in r.sample(days, min(n, len(days))):
            self._day_episode(d, False, p_sleep=0.45, p_ex=0.3)
        for d in r.sample(days, min(r.randint(3, 16), len(days))):
            m = r.choice(["eyelid", "eyelid", "eyelid", "calf", "quadriceps", "hand", "biceps", "face", "foot"])
            t = self.at(d, r.uniform(8, 22))
            self._episode(t, "twitch", m, "rest", False)

    def plant(self):
        r, cause = self.rng, self.cause
        self.info["planted"] = 0
        if cause is None:
            return
        units, flags, wts, kind = self.exposures(cause)
        idx = [i for i, f in enumerate(flags) if f]
        E = len(idx)
        n = min(r.randint(9, 20), int(0.6 * E))
        if cause == "nutrient_deficiency":
            self._plant_nutrient(r.randint(12, 20))
            self.info["planted"] = len([e for e in self.episodes if e[2]])
            return
        if cause == "medication":
            self._plant_medication(r.randint(10, 20))
            self.info["planted"] = len([e for e in self.episodes if e[2]])
            return
        chosen = []
        pool = list(idx)
        pw = [wts[i] for i in pool]
        for _ in range(n):
            if not pool:
                break
            k = r.choices(range(len(pool)), weights=pw)[0]
            chosen.append(pool.pop(k))
            pw.pop(k)
        for i in chosen:
            u = units[i]
            if kind == "session":
                self._session_episode(u, True)
            else:   # night: the waking day after a short night
                nxt = [s for s in self.sleeps if s.bed > u.wake]
                nb = nxt[0].bed if nxt else self.plus(u.wake, 16 * 60)
                span = (nb.astimezone(UTC) - u.wake.astimezone(UTC)).total_seconds() / 60
                day_ws = [w for w in self.ws if w.logged and u.wake < w.start < nb]
                if day_ws and r.random() < 0.35:
                    self._session_episode(r.choice(day_ws), True, allow_sleep=False)
                    continue
                t = self.plus(u.wake, r.uniform(60, max(90, span - 30)))
                if t >= self.stop:
                    t = self.plus(u.wake, 60)
                m = r.choice(["calf", "calf", "calf", "hamstring", "foot", "quadriceps", "neck"])
                self._episode(t, "spasm", m, "rest", True)
        self.info["planted"] = len([e for e in self.episodes if e[2]])

    def _plant_nutrient(self, n):
        r = self.rng
        cand = []
        for d in range(self.D):
            if not self.logged_day[d]:
                continue
            # within a low stretch (from its 4th day) or up to 3 days after it
            if any(self.low_day[x] for x in range(max(0, d - 3), d + 1)) and \
                    sum(self.low_day[x] for x in range(max(0, d - 10), d + 1)) >= 4:
                cand.append(d)
        for d in r.sample(cand, min(n, len(cand))):
            self._day_episode(d, True, p_sleep=0.45, p_ex=0.2,
                              muscles=["calf", "calf", "foot", "toes", "hamstring", "hand", "fingers", "quadriceps"])

    def _plant_medication(self, n):
        r = self.rng
        lag = r.randint(4, 18)
        cand = [d for d in range(self.med_start + lag, self.med_end) if self.logged_day[d]]
        if not cand:
            return
        wts = [0.4 + min(1.0, (d - self.med_start - lag) / 25.0) for d in cand]
        pool, chosen = list(cand), []
        for _ in range(min(n, len(cand))):
            k = r.choices(range(len(pool)), weights=wts)[0]
            chosen.append(pool.pop(k))
            wts.pop(k)
        for d in chosen:
            self._day_episode(d, True, p_sleep=0.65, p_ex=0.1,
                              muscles=["calf", "calf", "calf", "foot", "toes", "hamstring", "quadriceps"])

    def emit_episodes(self):
        for t, o, planted in self.episodes:
            d = self.day_of(t)
            if 0 <= d < self.D and self.logged_day[d]:
                self.emit(t, o)

    # ---------------- checks
    def feasible(self):
        if self.cause is None:
            return True, 0.0
        units, flags, wts, kind = self.exposures(self.cause)
        E = sum(flags)
        share = E / len(units) if units else 0.0
        self.info.update(units=len(units), exposed=E, share=round(share, 3))
        if self.cause in ("nutrient_deficiency", "medication"):
            ok = E >= 15 and 0.18 <= share <= 0.52
            return ok, (0 if ok else abs(share - 0.33))
        lo = 0.16 if self.cause == "training_load_spike" else 0.18
        ok = E >= 14 and lo <= share <= 0.52
        return ok, (0 if ok else abs(share - 0.33) + (0 if E >= 14 else 1 + (14 - E) / 14))

    def build_world(self):
        self.setup()
        self.weather()
        self.plan()
        self.training()
        self.physiology()
        self.sleep()
        if self.cause == "nutrient_deficiency":
            self.meals()
        self.medicines()

    def finish(self):
        self.entries = []
        self.episodes = []
        if self.cause != "nutrient_deficiency":
            self.meals()
        self.emit_world()
        for o in self.med_objs:
            self.emit(None, o)
        for t, o in self.meal_objs:
            self.emit(t, o)
        self.plant()
        self.background()
        self.emit_episodes()
        out = []
        ids = 0
        prefix = f"{self.pname[:3]}{self.rng.randint(0, 99999):05d}"
        never = dt.datetime.min.replace(tzinfo=UTC)

        def order_key(e):
            return (0 if e[0] is None else 1, e[0].astimezone(UTC) if e[0] else never, e[1])

        for t, order, obj in sorted(self.entries, key=order_key):
            if self.use_ids:
                ids += 1
                obj = {"id": f"{prefix}-{ids:05d}", **obj}
            out.append(obj)
        return out


def _generate(cause, seed):
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    best = None
    for attempt in range(10):
        w = _World(cause, seed, attempt)
        w.build_world()
        ok, score = w.feasible()
        w.info["attempts"] = attempt + 1
        if ok:
            best = w
            break
        if best is None or score < best._score:
            w._score = score
            best = w
    w = best
    objs = w.finish()
    return BlindJournal(cause=cause, objects=objs, start=w.start, stop=w.stop), w


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """One simulated person's journal with `cause` planted (or none), deterministic per seed."""
    return _generate(cause, seed)[0]
