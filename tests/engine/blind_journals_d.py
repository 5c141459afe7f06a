"""Blind journal generator D: synthetic one-person journals with one planted cramp cause.

Written blind on 2026-12-01 from spec and evidence only: ``spec/journal.md`` (the JSON Lines
journal), ``spec/vocabulary.md`` (names and cause meanings) and ``research/evidence.md`` (sweat
rate, the 2 % body-mass rule, sweat sodium, session-RPE load and the acute:chronic ratio,
reference intakes, cramp-linked medicines, sleep).  The author did not read the product's code,
its scoring, its tests or the other generators.

``blind_journal(cause, seed)`` builds one person (profile, climate with its own DST rule,
sports archetype, habits) and 4–9 months of irregular logging: workouts, drinks, body mass,
sleep, meals (USDA SR28 names, some by ``ndb_no``), medicines, supplements, 1–3 gaps with
nothing logged, 5–15 background spasms and a few twitches.  US persons may log in lb, oz, degF.

For a planted cause, 9–18 extra spasms (12–20 for day units) go to the cause's exposure units.
The share of exposed units is about a quarter to a half, and the counts are chosen so that the
observed episode rate per unit (background included) is about 3.6–6 times higher when exposed:

- dehydration: weighed sessions (pre/post mass) losing > 2 % of body mass, drinking little;
- electrolyte_loss: sessions >= 90 min of a salty sweater replaced with >= 400 ml plain water
  only (other long sessions use sports/electrolyte drinks or ORS; mass loss stays small);
- muscle_fatigue: sessions >= 1.4x the person's 75th-centile duration for the activity or
  RPE >= 75th centile + 2, or sharing a logged muscle group with the previous day's session;
- training_load_spike: sessions on days with 7-day / (28-day / 4) session-RPE load >= 1.5
  (blocks of 9–14 days with extra and longer sessions);
- heat: outdoor sessions with logged T >= 28 °C, or >= 26 °C with RH >= 60 %;
- nutrient_deficiency: days from 5 days into to 4 days after 2–4 low-Mg/K/Ca eating stretches;
- sleep_debt: the day after a logged night >= 1.5 h shorter than the person's median;
- medication: days from 4–10 days after a cramp-linked medicine (statin, thiazide or
  potassium-sparing diuretic, LABA, nifedipine, raloxifene) starts mid-journal.

``cause=None`` gives the same kind of journal with background episodes only.  Neutral medicines
(some started mid-journal) and the natural decoys of every journal (hot days, short nights,
returns after gaps, take-away days) carry no planted link.  Standard library only; fully
deterministic per ``(cause, seed)``.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

CAUSES = (
    "dehydration",
    "electrolyte_loss",
    "muscle_fatigue",
    "training_load_spike",
    "heat",
    "nutrient_deficiency",
    "sleep_debt",
    "medication",
)


@dataclass
class BlindJournal:
    cause: str | None  # planted cause, None for a journal with no planted cause
    objects: list[dict]  # journal entries as JSON objects (spec/journal.md), profile first
    start: dt.datetime  # tz-aware start of the journal period
    stop: dt.datetime  # tz-aware end


# --------------------------------------------------------------------------------------------
# time zones (own DST rules so the output does not depend on the machine's tz database)
# --------------------------------------------------------------------------------------------

_H = dt.timedelta(hours=1)


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def _last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


class _Zone(dt.tzinfo):
    def __init__(self, name: str, std_hours: float, rule: str | None):
        self.name = name
        self.std = dt.timedelta(hours=std_hours)
        self.std_hours = std_hours
        self.rule = rule

    def _is_dst(self, naive: dt.datetime) -> bool:
        y = naive.year
        if self.rule == "eu":
            a = dt.datetime.combine(_last_sunday(y, 3), dt.time()) + (1 + self.std_hours) * _H
            b = dt.datetime.combine(_last_sunday(y, 10), dt.time()) + (2 + self.std_hours) * _H
            return a <= naive < b
        if self.rule == "us":
            a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2))
            b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(1))
            return a <= naive < b
        return False

    def utcoffset(self, d):
        if d is None:
            return self.std
        return self.std + (_H if self._is_dst(d.replace(tzinfo=None)) else dt.timedelta(0))

    def dst(self, d):
        if d is None:
            return dt.timedelta(0)
        return _H if self._is_dst(d.replace(tzinfo=None)) else dt.timedelta(0)

    def tzname(self, d):
        return self.name


# name, UTC offset, DST rule, annual mean °C, seasonal amplitude, diurnal range, RH mean,
# RH seasonal shift (+ = humid summers), hemisphere, hot summer?
_CLIMATES = {
    "Europe/Berlin": (1, "eu", 10.0, 9.5, 9.0, 72, -4, "N", False),
    "Europe/London": (0, "eu", 11.5, 7.0, 8.0, 76, -3, "N", False),
    "Europe/Madrid": (1, "eu", 15.0, 10.0, 13.0, 55, -18, "N", True),
    "Europe/Rome": (1, "eu", 16.0, 8.5, 10.0, 68, -4, "N", True),
    "America/New_York": (-5, "us", 13.0, 11.5, 8.0, 64, 6, "N", True),
    "America/Chicago": (-6, "us", 11.0, 13.5, 9.0, 68, 4, "N", True),
    "America/Denver": (-7, "us", 10.5, 11.5, 14.0, 46, -6, "N", False),
    "America/Phoenix": (-7, None, 24.0, 10.0, 12.0, 32, -6, "N", True),
    "Australia/Brisbane": (10, None, 21.0, 5.0, 9.0, 64, 8, "S", True),
    "Asia/Tokyo": (9, None, 16.0, 10.0, 7.0, 66, 12, "N", True),
}

# --------------------------------------------------------------------------------------------
# activities and people
# --------------------------------------------------------------------------------------------

# median minutes, spread, rpe, outdoor probability, km/h (None: no distance), muscles, sweat factor
_ACT = {
    "running": (50, 0.22, 5.5, 0.92, 10.5, ["calf", "hamstring", "quadriceps", "glute"], 1.0),
    "trail_running": (
        75,
        0.25,
        6.0,
        1.0,
        8.0,
        ["calf", "quadriceps", "hamstring", "glute", "foot"],
        1.0,
    ),
    "cycling": (80, 0.28, 5.0, 0.85, 26.0, ["quadriceps", "calf", "glute", "hamstring"], 0.9),
    "swimming": (
        45,
        0.18,
        5.0,
        0.12,
        2.4,
        ["shoulder", "upper_back", "triceps", "calf", "foot"],
        0.4,
    ),
    "walking": (45, 0.3, 2.5, 1.0, 5.2, ["calf", "glute", "shin"], 0.5),
    "hiking": (170, 0.3, 4.5, 1.0, 4.0, ["quadriceps", "calf", "glute", "hamstring"], 0.8),
    "rowing": (
        45,
        0.22,
        6.0,
        0.35,
        11.0,
        ["upper_back", "lower_back", "quadriceps", "hamstring", "biceps", "forearm"],
        0.9,
    ),
    "strength": (55, 0.18, 6.0, 0.0, None, None, 0.6),
    "crossfit": (
        55,
        0.14,
        7.5,
        0.05,
        None,
        ["quadriceps", "glute", "shoulder", "lower_back", "abdomen", "forearm"],
        1.0,
    ),
    "team_sport": (85, 0.18, 6.5, 0.85, None, ["calf", "hamstring", "quadriceps", "adductor"], 1.0),
    "racket_sport": (70, 0.22, 6.0, 0.55, None, ["calf", "forearm", "shoulder", "quadriceps"], 0.9),
    "yoga": (60, 0.15, 3.0, 0.05, None, ["hamstring", "abdomen", "hip_flexor", "lower_back"], 0.3),
    "pilates": (50, 0.1, 4.0, 0.0, None, ["abdomen", "hip_flexor", "glute", "lower_back"], 0.3),
    "dance": (65, 0.2, 5.0, 0.0, None, ["calf", "foot", "quadriceps", "toes"], 0.7),
    "climbing": (
        100,
        0.22,
        6.0,
        0.25,
        None,
        ["forearm", "fingers", "hand", "upper_back", "biceps"],
        0.6,
    ),
    "martial_arts": (
        75,
        0.14,
        7.0,
        0.0,
        None,
        ["calf", "hip_flexor", "shoulder", "abdomen", "foot"],
        0.9,
    ),
    "hiit": (35, 0.15, 8.0, 0.1, None, ["quadriceps", "glute", "calf", "abdomen", "shoulder"], 1.1),
    "elliptical": (40, 0.2, 5.0, 0.0, None, ["quadriceps", "calf", "glute"], 0.8),
    "other": (60, 0.3, 3.5, 1.0, None, ["lower_back", "forearm", "quadriceps"], 0.6),
}
_STRENGTH_SPLITS = {
    "legs": ["quadriceps", "hamstring", "glute", "calf"],
    "push": ["chest", "shoulder", "triceps"],
    "pull": ["upper_back", "biceps", "forearm"],
    "core": ["abdomen", "lower_back", "glute"],
    "full": ["quadriceps", "glute", "chest", "upper_back", "abdomen"],
}
_ENDURANCE = {"running", "trail_running", "cycling", "hiking", "rowing", "walking", "swimming"}

_ARCH = {
    "runner": {"running": 3.6, "strength": 1.0, "cycling": 0.5, "yoga": 0.5},
    "trail": {"trail_running": 2.0, "running": 1.6, "hiking": 0.4, "strength": 0.8},
    "cyclist": {"cycling": 3.4, "running": 0.8, "strength": 0.8, "swimming": 0.3},
    "triathlete": {"swimming": 2.0, "cycling": 2.4, "running": 2.8, "strength": 0.4},
    "team": {"team_sport": 2.0, "running": 1.0, "strength": 1.5, "hiit": 0.5},
    "gym": {"strength": 3.2, "hiit": 1.0, "elliptical": 1.0, "running": 0.6, "yoga": 0.3},
    "walker": {"walking": 4.0, "hiking": 0.6, "yoga": 0.8, "cycling": 0.7, "pilates": 0.5},
    "racket": {"racket_sport": 2.6, "running": 1.0, "strength": 1.0, "swimming": 0.5},
    "crossfit": {"crossfit": 3.4, "running": 0.8, "rowing": 0.7, "yoga": 0.3},
    "climber": {"climbing": 2.5, "trail_running": 1.0, "yoga": 1.0, "strength": 0.5},
    "dancer": {"dance": 3.0, "pilates": 1.0, "walking": 1.5, "strength": 0.5},
    "martial": {"martial_arts": 3.0, "running": 1.0, "strength": 1.0},
    "rower": {"rowing": 3.4, "running": 1.0, "strength": 1.4},
}
_ARCH_FOR = {
    "dehydration": ["runner", "trail", "cyclist", "triathlete", "team", "racket", "rower"],
    "electrolyte_loss": ["runner", "trail", "cyclist", "triathlete", "team", "racket"],
    "muscle_fatigue": ["gym", "team", "climber", "racket", "crossfit", "martial", "dancer"],
    "training_load_spike": [
        "runner",
        "trail",
        "cyclist",
        "triathlete",
        "team",
        "gym",
        "racket",
        "crossfit",
        "rower",
        "martial",
    ],
    "heat": ["runner", "trail", "cyclist", "team", "racket", "triathlete", "walker"],
}

_CRAMP_MEDS = [
    ("atorvastatin", "20 mg once daily", "any"),
    ("simvastatin", "40 mg at night", "any"),
    ("rosuvastatin", "10 mg", "any"),
    ("hydrochlorothiazide", "25 mg in the morning", "any"),
    ("chlorthalidone", "12.5 mg", "any"),
    ("indapamide", "2.5 mg", "any"),
    ("spironolactone", "25 mg", "any"),
    ("amiloride", "5 mg", "any"),
    ("salmeterol", "inhaler, two puffs twice daily", "any"),
    ("formoterol", "inhaler", "any"),
    ("nifedipine", "30 mg slow release", "any"),
    ("raloxifene", "60 mg", "female"),
]
_NEUTRAL_MEDS = [
    "cetirizine",
    "loratadine",
    "metformin",
    "lisinopril",
    "montelukast",
    "fluticasone nasal spray",
    "paracetamol as needed",
    "levocetirizine",
]

# --------------------------------------------------------------------------------------------
# foods: name -> (magnesium, potassium, calcium) mg per 100 g (approximate, USDA-like values,
# only used to shape the diets; the product uses its own table)
# --------------------------------------------------------------------------------------------

_FOODS = {
    "cereals, oats, regular and quick, not fortified, dry": (138, 362, 52),
    "milk, reduced fat, fluid, 2% milkfat, with added vitamin a and vitamin d": (11, 150, 120),
    "milk, whole, 3.25% milkfat, with added vitamin d": (10, 132, 113),
    "banana, raw": (27, 358, 5),
    "09040": (27, 358, 5),
    "yogurt, plain, lowfat, 12 grams protein per 8 oz": (17, 234, 183),
    "egg, whole, raw, fresh": (12, 138, 56),
    "bread, whole-wheat, commercially prepared": (76, 250, 160),
    "bread, white, commercially prepared": (23, 120, 150),
    "croissants, butter": (16, 118, 37),
    "bagels, plain, enriched, without calcium prop (including onion, poppy, sesame)": (22, 100, 20),
    "cereals ready-to-eat, kellogg, kellogg's corn flakes": (13, 100, 5),
    "doughnuts, cake-type, plain, sugared or glazed": (17, 100, 20),
    "peanut butter, smooth style, with salt": (154, 558, 43),
    "jams and preserves": (4, 77, 20),
    "blueberries, raw": (6, 77, 6),
    "strawberries, raw": (13, 153, 16),
    "cheese, cheddar": (28, 98, 710),
    "rice, brown, long-grain, cooked": (43, 43, 10),
    "rice, white, long-grain, regular, enriched, cooked": (12, 35, 10),
    "pasta, cooked, enriched, without added salt": (18, 44, 7),
    "potatoes, baked, flesh and skin, without salt": (28, 535, 15),
    "sweet potato, cooked, baked in skin, flesh, without salt": (27, 475, 38),
    "chicken, broilers or fryers, breast, meat only, cooked, roasted": (29, 256, 15),
    "fish, salmon, atlantic, farmed, cooked, dry heat": (30, 384, 15),
    "beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled": (21, 313, 12),
    "fish, tuna, light, canned in water, drained solids": (27, 237, 11),
    "turkey, whole, breast, meat only, roasted": (28, 250, 10),
    "ham, sliced, regular (approx 11% fat)": (22, 287, 24),
    "pork, fresh, loin, whole, lean, cooked, roasted": (27, 420, 20),
    "beans, black, mature seeds, cooked, boiled, without salt": (70, 355, 27),
    "lentils, mature seeds, cooked, boiled, without salt": (36, 369, 19),
    "tofu, raw, firm, prepared with calcium sulfate": (58, 237, 683),
    "broccoli, raw": (21, 316, 47),
    "spinach, raw": (79, 558, 99),
    "11457": (79, 558, 99),
    "kale, raw": (47, 491, 150),
    "tomatoes, red, ripe, raw, year round average": (11, 237, 10),
    "carrots, raw": (12, 320, 33),
    "cucumber, with peel, raw": (13, 147, 16),
    "lettuce, cos or romaine, raw": (14, 247, 33),
    "lettuce, iceberg": (7, 141, 18),
    "onions, raw": (10, 146, 23),
    "peppers, sweet, red, raw": (12, 211, 7),
    "mushrooms, white, raw": (9, 318, 3),
    "squash, summer, zucchini, includes skin, raw": (18, 261, 16),
    "avocados, raw, all commercial varieties": (29, 485, 12),
    "cheese, mozzarella, whole milk": (20, 76, 505),
    "cheese, feta": (19, 62, 493),
    "hummus, commercial": (71, 228, 38),
    "oil, olive, salad or cooking": (0, 1, 1),
    "fast foods, hamburger; single, regular patty; plain": (20, 230, 60),
    "pretzels, hard, plain, salted": (29, 146, 22),
    "beverages, carbonated, cola, regular": (1, 2, 2),
    "almonds": (270, 733, 269),
    "12061": (270, 733, 269),
    "almonds, dry roasted, without salt": (279, 713, 268),
    "chocolate, dark, 70-85% cacao solids": (228, 715, 73),
    "19904": (228, 715, 73),
    "seeds, pumpkin and squash seed kernels, roasted, without salt": (550, 788, 52),
    "cashew nuts, dry roasted, without salt added": (260, 565, 45),
    "walnuts, english": (158, 441, 98),
    "apples, raw, with skin": (5, 107, 6),
    "oranges, raw, all commercial varieties": (10, 181, 40),
    "kiwifruit, green, raw": (17, 312, 34),
    "pears, raw": (7, 116, 9),
    "ice cream, vanilla": (14, 199, 128),
    "cake, pound, commercially prepared, butter (includes fresh & frozen)": (10, 120, 35),
    "crackers, saltines (including oyster, soda, soup)": (27, 150, 20),
    "sauce, pasta, spaghetti/marinara, ready-to-serve": (18, 320, 30),
    "pasta with tomato sauce, no meat, canned": (12, 190, 12),
    "bread, french": (27, 117, 52),
    "rolls, hamburger or hotdog, plain": (23, 126, 120),
    "tortillas, ready-to-bake or -fry, flour, refrigerated": (20, 130, 60),
}
_NDB = {"09040", "11457", "12061", "19904"}

# (food, grams low, grams high)
_N_BREAKFAST = [
    [
        ("cereals, oats, regular and quick, not fortified, dry", 45, 80),
        ("milk, reduced fat, fluid, 2% milkfat, with added vitamin a and vitamin d", 150, 260),
        ("banana, raw", 100, 130),
    ],
    [
        ("bread, whole-wheat, commercially prepared", 55, 90),
        ("peanut butter, smooth style, with salt", 15, 32),
        ("09040", 100, 130),
    ],
    [
        ("yogurt, plain, lowfat, 12 grams protein per 8 oz", 150, 250),
        ("almonds", 15, 30),
        ("strawberries, raw", 80, 140),
    ],
    [
        ("egg, whole, raw, fresh", 100, 150),
        ("bread, whole-wheat, commercially prepared", 50, 80),
        ("tomatoes, red, ripe, raw, year round average", 60, 120),
        ("spinach, raw", 20, 50),
    ],
    [
        ("cereals, oats, regular and quick, not fortified, dry", 40, 70),
        ("milk, whole, 3.25% milkfat, with added vitamin d", 150, 250),
        ("blueberries, raw", 60, 120),
        ("walnuts, english", 10, 25),
    ],
]
_N_LUNCH = [
    [
        ("rice, brown, long-grain, cooked", 150, 220),
        ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 110, 160),
        ("broccoli, raw", 90, 160),
    ],
    [
        ("bread, whole-wheat, commercially prepared", 70, 100),
        ("cheese, cheddar", 25, 45),
        ("tomatoes, red, ripe, raw, year round average", 60, 110),
        ("lettuce, cos or romaine, raw", 20, 40),
        ("apples, raw, with skin", 150, 200),
    ],
    [
        ("lentils, mature seeds, cooked, boiled, without salt", 150, 230),
        ("11457", 40, 80),
        ("rice, brown, long-grain, cooked", 80, 140),
    ],
    [
        ("lettuce, cos or romaine, raw", 60, 100),
        ("beans, black, mature seeds, cooked, boiled, without salt", 90, 150),
        ("avocados, raw, all commercial varieties", 50, 90),
        ("cheese, feta", 30, 50),
        ("tomatoes, red, ripe, raw, year round average", 80, 130),
    ],
    [
        ("fish, tuna, light, canned in water, drained solids", 90, 130),
        ("bread, whole-wheat, commercially prepared", 60, 90),
        ("cucumber, with peel, raw", 60, 100),
        ("hummus, commercial", 30, 60),
    ],
]
_N_DINNER = [
    [
        ("fish, salmon, atlantic, farmed, cooked, dry heat", 120, 180),
        ("potatoes, baked, flesh and skin, without salt", 180, 280),
        ("broccoli, raw", 90, 150),
    ],
    [
        ("pasta, cooked, enriched, without added salt", 180, 280),
        ("beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 80, 120),
        ("sauce, pasta, spaghetti/marinara, ready-to-serve", 100, 160),
        ("cheese, mozzarella, whole milk", 25, 45),
        ("spinach, raw", 30, 60),
    ],
    [
        ("tofu, raw, firm, prepared with calcium sulfate", 120, 180),
        ("rice, brown, long-grain, cooked", 150, 220),
        ("peppers, sweet, red, raw", 60, 100),
        ("mushrooms, white, raw", 50, 90),
    ],
    [
        ("pork, fresh, loin, whole, lean, cooked, roasted", 110, 160),
        ("sweet potato, cooked, baked in skin, flesh, without salt", 160, 240),
        ("kale, raw", 40, 80),
    ],
    [
        ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 120, 170),
        ("sweet potato, cooked, baked in skin, flesh, without salt", 150, 230),
        ("11457", 40, 80),
        ("oil, olive, salad or cooking", 5, 15),
    ],
    [
        ("beans, black, mature seeds, cooked, boiled, without salt", 130, 190),
        ("rice, brown, long-grain, cooked", 130, 190),
        ("avocados, raw, all commercial varieties", 50, 90),
        ("cheese, cheddar", 20, 40),
        ("tortillas, ready-to-bake or -fry, flour, refrigerated", 45, 90),
    ],
    [
        ("turkey, whole, breast, meat only, roasted", 110, 160),
        ("potatoes, baked, flesh and skin, without salt", 180, 260),
        ("carrots, raw", 70, 120),
        ("squash, summer, zucchini, includes skin, raw", 70, 120),
    ],
]
_N_SNACK = [
    [("almonds, dry roasted, without salt", 20, 40)],
    [("chocolate, dark, 70-85% cacao solids", 15, 30)],
    [("yogurt, plain, lowfat, 12 grams protein per 8 oz", 120, 200)],
    [("banana, raw", 100, 130)],
    [("oranges, raw, all commercial varieties", 120, 180)],
    [("kiwifruit, green, raw", 70, 140)],
    [("seeds, pumpkin and squash seed kernels, roasted, without salt", 15, 30)],
    [("cashew nuts, dry roasted, without salt added", 20, 35)],
    [("milk, reduced fat, fluid, 2% milkfat, with added vitamin a and vitamin d", 200, 300)],
    [("19904", 15, 25), ("12061", 15, 25)],
    [("apples, raw, with skin", 150, 210)],
]
_P_BREAKFAST = [
    [("croissants, butter", 55, 85)],
    [
        ("cereals ready-to-eat, kellogg, kellogg's corn flakes", 30, 50),
        ("milk, reduced fat, fluid, 2% milkfat, with added vitamin a and vitamin d", 60, 120),
    ],
    [("doughnuts, cake-type, plain, sugared or glazed", 50, 80)],
    [
        ("bagels, plain, enriched, without calcium prop (including onion, poppy, sesame)", 80, 110),
        ("jams and preserves", 15, 30),
    ],
    [("bread, white, commercially prepared", 50, 80), ("jams and preserves", 15, 30)],
]
_P_LUNCH = [
    [
        ("fast foods, hamburger; single, regular patty; plain", 100, 130),
        ("beverages, carbonated, cola, regular", 330, 500),
    ],
    [
        ("bread, white, commercially prepared", 80, 110),
        ("ham, sliced, regular (approx 11% fat)", 30, 60),
    ],
    [("pasta with tomato sauce, no meat, canned", 200, 300)],
    [
        ("rice, white, long-grain, regular, enriched, cooked", 180, 250),
        ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 60, 100),
    ],
    [
        ("bread, french", 80, 120),
        ("cheese, mozzarella, whole milk", 15, 30),
        ("lettuce, iceberg", 15, 30),
    ],
]
_P_DINNER = [
    [
        ("pasta, cooked, enriched, without added salt", 220, 300),
        ("sauce, pasta, spaghetti/marinara, ready-to-serve", 50, 90),
    ],
    [
        ("rice, white, long-grain, regular, enriched, cooked", 200, 280),
        ("chicken, broilers or fryers, breast, meat only, cooked, roasted", 80, 120),
    ],
    [
        ("fast foods, hamburger; single, regular patty; plain", 100, 130),
        ("rolls, hamburger or hotdog, plain", 40, 60),
    ],
    [
        ("bread, white, commercially prepared", 60, 100),
        ("egg, whole, raw, fresh", 50, 100),
        ("ham, sliced, regular (approx 11% fat)", 30, 50),
    ],
    [
        ("pasta, cooked, enriched, without added salt", 200, 280),
        ("oil, olive, salad or cooking", 10, 15),
        ("onions, raw", 20, 40),
    ],
]
_P_SNACK = [
    [("cake, pound, commercially prepared, butter (includes fresh & frozen)", 50, 80)],
    [("pretzels, hard, plain, salted", 30, 60)],
    [("beverages, carbonated, cola, regular", 330, 500)],
    [("crackers, saltines (including oyster, soda, soup)", 25, 45)],
    [("ice cream, vanilla", 60, 100)],
    [("apples, raw, with skin", 120, 180)],
]

_RELIEF = [
    "stretching",
    "massage",
    "heat",
    "cold",
    "hydration",
    "magnesium",
    "pickle_juice",
    "rest",
    "walking_it_off",
    "other",
]
_RELIEF_W = [10, 5, 1.5, 0.7, 2.5, 0.7, 0.4, 2.5, 3, 0.3]
_NOTES_WORKOUT = [
    "felt good",
    "new shoes",
    "with the club",
    "windy",
    "legs heavy",
    "easy pace",
    "intervals",
    "tempo",
    "group session",
    "solo",
    "hilly route",
    "race",
    "treadmill",
    "coach session",
    "recovery",
    "long one",
]


def _reference(sex: str, age: int) -> tuple[float, float, float]:
    """Mg, K, Ca reference intakes (US/Canada, evidence.md §5), 'other' takes the higher."""
    m = (400 if age <= 30 else 420, 3400, 1000 if age <= 70 else 1200)
    f = (310 if age <= 30 else 320, 2600, 1000 if age <= 50 else 1200)
    if sex == "male":
        return m
    if sex == "female":
        return f
    return tuple(max(a, b) for a, b in zip(m, f, strict=True))


class _Session:
    __slots__ = (
        "day",
        "start",
        "dur",
        "act",
        "rpe",
        "outdoor",
        "temp",
        "rh",
        "muscles",
        "split",
        "big",
        "b2b",
        "extra",
        "sweat_l",
        "drink_l",
        "drinks",
        "pre",
        "post",
        "dry",
        "water_only",
        "na_loss",
        "obj",
        "logged_temp",
        "weighed",
        "acwr",
        "logmus",
    )

    def __init__(self, day, start, dur, act):
        self.day, self.start, self.dur, self.act = day, start, dur, act
        self.rpe = 5.0
        self.outdoor = False
        self.temp = 21.0
        self.rh = 50.0
        self.muscles: list[str] = []
        self.split = None
        self.big = self.b2b = self.extra = self.dry = self.water_only = False
        self.logged_temp = self.weighed = False
        self.sweat_l = self.drink_l = self.na_loss = 0.0
        self.drinks: list[tuple] = []
        self.pre = self.post = None
        self.obj = None
        self.acwr = None
        self.logmus = None

    @property
    def end(self):
        return self.start + dt.timedelta(minutes=self.dur)


class _Gen:
    def __init__(self, cause: str | None, seed: int):
        self.cause = cause
        self.seed = seed
        self.rng = random.Random(f"blind-journals-d|{cause}|{seed}")
        self.objects: list[dict] = []
        self.episodes: list[dict] = []

    # ---------------------------------------------------------------- person and period
    def person(self):
        r, c = self.rng, self.cause
        self.sex = r.choices(["female", "male", "other"], [0.47, 0.49, 0.04])[0]
        if c == "medication":
            self.birth_year = r.randint(1950, 1982)
        else:
            self.birth_year = r.randint(1958, 2004)
        self.age = 2026 - self.birth_year
        male = self.sex == "male" or (self.sex == "other" and r.random() < 0.5)
        self.height = round(r.gauss(178 if male else 165, 6.5), 1)
        bmi = min(31.0, max(19.0, r.gauss(23.3, 2.2)))
        self.mass0 = round(bmi * (self.height / 100) ** 2, 1)
        hot_only = c == "heat"
        zones = [z for z, v in _CLIMATES.items() if v[8] or not hot_only]
        if hot_only:
            zones = [z for z in zones if z != "America/Phoenix"]  # all-summer heat: no contrast
        self.zone_name = r.choice(zones)
        off, rule, *_ = _CLIMATES[self.zone_name]
        self.tz = _Zone(self.zone_name, off, rule)
        self.arch = r.choice(_ARCH_FOR.get(c, list(_ARCH)))
        self.freqs = {a: f * r.uniform(0.75, 1.2) for a, f in _ARCH[self.arch].items()}
        if c == "heat":
            self.freqs = {a: f * (1.25 if _ACT[a][3] > 0.3 else 0.6) for a, f in self.freqs.items()}
        if r.random() < 0.25:
            self.freqs["other"] = r.uniform(0.1, 0.3)  # gardening, moving house, ...
        self.dur_mult = r.uniform(0.8, 1.25) * (1.0 if self.age < 60 else 0.85)
        self.rpe_off = r.uniform(-0.8, 0.8)
        self.slot_w = [r.uniform(0.2, 1.5) for _ in range(3)]  # early, noon, evening
        self.adherence = r.uniform(0.78, 0.93)
        self.long_factor = r.uniform(1.2, 1.5)
        self.p_big = 0.03
        self.base_sr = r.uniform(0.55, 1.2) + (0.2 if male else 0.0)
        self.sweat_na = r.uniform(450, 1100)
        self.drink_frac = r.uniform(0.35, 0.7)
        self.p_log_drinks = r.uniform(0.25, 0.75)
        self.p_weigh_long = self.p_weigh_short = r.uniform(0.08, 0.4)
        self.p_log_rpe = r.uniform(0.7, 0.98)
        self.p_log_muscles = r.uniform(0.35, 0.95)
        self.watch = r.random() < 0.65
        self.p_temp_out = r.uniform(0.6, 0.95) if self.watch else r.uniform(0.3, 0.7)
        self.p_temp_in = r.uniform(0.0, 0.3)
        self.sleep_usual = min(8.6, max(6.3, r.gauss(7.3, 0.5)))
        self.bed_usual = r.uniform(22.3, 23.9)
        self.p_log_sleep = r.uniform(0.55, 0.9)
        self.sleep_fmt = r.choice(["end", "end", "hours", "mix"])
        self.p_quality = r.uniform(0.2, 0.9)
        self.p_short = r.uniform(0.05, 0.1)
        self.p_full_meals = r.uniform(0.15, 0.42)
        self.p_partial_meals = r.uniform(0.05, 0.18)
        self.p_fluid_day = r.uniform(0.05, 0.4)
        self.p_morning_mass = r.uniform(0.04, 0.35)
        self.imperial = self.zone_name.startswith("America/") and r.random() < 0.5
        self.ids = r.random() < 0.4
        self.id_prefix = f"{r.getrandbits(24):06x}"
        self.portion = (1.12 if male else 0.9) * r.uniform(0.9, 1.1)
        self.drinks_pref = r.choice(
            [
                {"water": 1.0},
                {"water": 0.8, "sports_drink": 0.2},
                {"water": 0.6, "sports_drink": 0.3, "electrolyte_drink": 0.1},
                {"water": 0.7, "electrolyte_drink": 0.2, "coconut_water": 0.1},
            ]
        )
        self.hr_rest = r.randint(48, 68)
        self.hr_max = 208 - int(0.7 * self.age) + r.randint(-6, 6)
        self.split_cycle = r.choice(
            [["legs", "push", "pull"], ["full"], ["legs", "push", "pull", "core"], ["full", "legs"]]
        )

        if c == "dehydration":
            self.base_sr = r.uniform(1.1, 1.5) + (0.1 if male else 0.0)
            self.drink_frac = r.uniform(0.6, 0.85)
            self.p_weigh_long, self.p_weigh_short = r.uniform(0.65, 0.85), r.uniform(0.12, 0.25)
            self.dur_mult = max(self.dur_mult, 1.1)
            self.long_factor = r.uniform(1.35, 1.7)
            self.p_dry = r.uniform(0.45, 0.55)
        elif c == "electrolyte_loss":
            self.sweat_na = r.uniform(1150, 1550)
            self.base_sr = r.uniform(0.95, 1.4) + (0.1 if male else 0.0)
            self.p_log_drinks = r.uniform(0.92, 0.99)
            self.drink_frac = r.uniform(0.8, 1.0)
            self.p_weigh_long = self.p_weigh_short = r.uniform(0.15, 0.35)
            self.long_share = r.uniform(0.5, 0.65)
        elif c == "muscle_fatigue":
            self.p_log_muscles = r.uniform(0.85, 1.0)
            self.p_log_rpe = r.uniform(0.9, 1.0)
            self.p_big = r.uniform(0.09, 0.12)
            self.p_b2b = r.uniform(0.08, 0.12)
            self.long_factor = r.uniform(1.0, 1.15)
        elif c == "training_load_spike":
            self.p_log_rpe = r.uniform(0.93, 1.0)
            self.adherence = r.uniform(0.9, 0.96)
            total = sum(self.freqs.values())
            if total > 4.8:  # room in the week for the spikes
                k = 4.8 * r.uniform(0.9, 1.05) / total
                self.freqs = {a: f * k for a, f in self.freqs.items()}
            self.p_big = 0.015
            self.long_factor = r.uniform(1.1, 1.3)
        elif c == "heat":
            self.p_temp_out = r.uniform(0.92, 1.0)
            self.slot_w = [r.uniform(0.2, 0.8), r.uniform(0.4, 1.2), r.uniform(0.8, 1.5)]
            if self.zone_name == "Australia/Brisbane":  # locals train at dawn in summer
                self.slot_w = [r.uniform(1.0, 1.6), r.uniform(0.1, 0.4), r.uniform(0.5, 1.0)]
            self.p_weigh_long = self.p_weigh_short = r.uniform(0.05, 0.2)
            self.drink_frac = r.uniform(0.6, 0.8)
        elif c == "sleep_debt":
            self.p_log_sleep = r.uniform(0.85, 0.95)
            self.p_short = r.uniform(0.32, 0.4)
        elif c == "nutrient_deficiency":
            self.p_full_meals = r.uniform(0.55, 0.75)
            self.p_partial_meals = r.uniform(0.05, 0.12)

    def period(self):
        r = self.rng
        self.n_days = r.randint(124, 272)
        last = dt.date(2026, 11, 28)
        hemi = _CLIMATES[self.zone_name][7]
        if self.cause == "heat":
            self.n_days = r.randint(124, 200)
            if hemi == "N":
                year = r.choice([2025, 2026])
                start = dt.date(year, r.choice([4, 5, 6]), r.randint(1, 28))
            else:
                start = dt.date(2025, r.choice([8, 9, 10]), r.randint(1, 28))
            if start + dt.timedelta(days=self.n_days) > last:
                self.n_days = (last - start).days
        else:
            first = dt.date(2025, 1, 6)
            span = (last - first).days - self.n_days
            start = first + dt.timedelta(days=r.randint(0, span))
        self.d0 = start
        self.dates = [start + dt.timedelta(days=i) for i in range(self.n_days)]
        # gaps with nothing logged
        self.logged = [True] * self.n_days
        n_gaps = r.choice([1, 1, 2, 2, 3])
        for _ in range(n_gaps):
            ln = (
                r.randint(3, 6)
                if self.cause == "training_load_spike"
                else r.choice([r.randint(4, 9), r.randint(5, 14), r.randint(10, 24)])
            )
            s = r.randint(20, max(21, self.n_days - ln - 12))
            for i in range(s, min(self.n_days, s + ln)):
                self.logged[i] = False
        self.logged[0] = self.logged[-1] = True

    # ---------------------------------------------------------------- helpers
    def at(self, day: int, hours: float) -> dt.datetime:
        base = dt.datetime.combine(self.dates[0], dt.time()) + dt.timedelta(
            days=day, minutes=round(hours * 60)
        )
        return base.replace(tzinfo=self.tz)

    def iso(self, t: dt.datetime) -> str:
        return t.replace(second=0, microsecond=0).isoformat()

    def hours_of(self, t: dt.datetime) -> float:
        return (
            t.replace(tzinfo=None) - dt.datetime.combine(self.dates[0], dt.time())
        ).total_seconds() / 3600.0

    def weather(self):
        r = self.rng
        _, _, mean, amp, rng_d, rh, rh_shift, hemi, _ = _CLIMATES[self.zone_name]
        peak = 200 if hemi == "N" else 18
        self.tmean, self.rhbase = [], []
        a = r.gauss(0, 2.5)
        wave = 0
        hot_summer = r.uniform(1.0, 2.5) if self.cause == "heat" else r.uniform(-1.0, 1.0)
        if hemi == "S":
            hot_summer = min(hot_summer, 0.0)
        for d in self.dates:
            doy = d.timetuple().tm_yday
            season = math.cos(2 * math.pi * (doy - peak) / 365.25)
            a = 0.72 * a + r.gauss(0, 3.0 * math.sqrt(1 - 0.72**2))
            if wave <= 0 and season > 0.6 and r.random() < 0.02:
                wave = r.randint(3, 7)
            bump = r.uniform(3.5, 6.5) if wave > 0 else 0.0
            wave -= 1
            self.tmean.append(mean + amp * season + a + bump + hot_summer * max(0.0, season))
            self.rhbase.append(rh + rh_shift * season + r.gauss(0, 7))
        self.drange = rng_d

    def temp_at(self, day: int, hour: float) -> tuple[float, float]:
        t = self.tmean[day] + self.drange / 2 * math.cos(2 * math.pi * (hour - 15.5) / 24)
        rh = self.rhbase[day] - 2.3 * (t - self.tmean[day]) + self.rng.gauss(0, 4)
        return t, min(98.0, max(12.0, rh))

    # ---------------------------------------------------------------- workouts
    def schedule(self):
        r = self.rng
        pref = {}
        for a, f in self.freqs.items():
            k = min(7, max(1, math.ceil(f)))
            pref[a] = (set(r.sample(range(7), k)), min(1.0, f / k))
        self.sessions: list[_Session] = []
        split_i = r.randrange(8)
        spikes = set()
        if self.cause == "training_load_spike":
            d = r.randint(34, 44)
            self.spike_blocks = []
            while d < self.n_days - 8:
                ln = r.randint(9, 14)
                self.spike_blocks.append((d, d + ln))
                spikes.update(range(d, d + ln))
                d += ln + r.randint(20, 30)
        for day in range(self.n_days):
            if not self.logged[day]:
                continue
            wd = self.dates[day].weekday()
            todays = []
            for a, (days, p) in pref.items():
                if wd in days and r.random() < p * self.adherence or r.random() < 0.012:
                    todays.append(a)
            in_spike = day in spikes
            if in_spike and (
                (not todays and r.random() < 0.8) or (len(todays) == 1 and r.random() < 0.4)
            ):
                todays.append(r.choice(list(self.freqs)))
            r.shuffle(todays)
            todays = todays[:2]
            slots = self.pick_slots(wd, len(todays))
            for a, slot in zip(todays, slots, strict=True):
                med, spread, rpe, outp, _, _, _ = _ACT[a]
                dur = med * self.dur_mult * math.exp(r.gauss(0, spread))
                if a in _ENDURANCE and wd >= 5 and r.random() < 0.7:
                    dur *= self.long_factor
                rp = rpe + self.rpe_off + r.gauss(0, 0.8)
                s = _Session(day, self.at(day, slot), 0, a)
                if (
                    self.cause == "electrolyte_loss"
                    and a
                    in (
                        "running",
                        "trail_running",
                        "cycling",
                        "hiking",
                        "rowing",
                        "team_sport",
                        "racket_sport",
                    )
                    and r.random() < self.long_share
                ):
                    dur = max(dur, r.uniform(95, 170))
                if in_spike:
                    dur *= r.uniform(1.2, 1.45)
                    rp += 0.4
                    s.extra = True
                if r.random() < self.p_big:
                    dur *= r.uniform(1.8, 2.4)
                    rp += r.uniform(2.0, 3.0)
                    s.big = True
                s.dur = max(
                    12,
                    min(150 if a in ("swimming", "yoga", "pilates", "hiit") else 480, round(dur)),
                )
                s.rpe = self.rpe_value(rp)
                if a == "strength":
                    s.split = self.split_cycle[split_i % len(self.split_cycle)]
                    split_i += 1
                    s.muscles = list(_STRENGTH_SPLITS[s.split])
                else:
                    s.muscles = list(_ACT[a][5])
                if self.cause == "heat" and outp > 0.3:
                    outp = max(outp, 0.9)  # an outdoor person: courts, pitches and roads
                s.outdoor = r.random() < outp
                self.sessions.append(s)
        if self.cause == "muscle_fatigue":
            # this person normally alternates muscle groups from one day to the next ...
            kept, prev_day, prev_mus = [], -9, set()
            for s in self.sessions:
                if s.day == prev_day + 1 and prev_mus & set(s.muscles) and r.random() < 0.7:
                    continue
                if s.day != prev_day:
                    prev_day, prev_mus = s.day, set()
                prev_mus |= set(s.muscles)
                kept.append(s)
            self.sessions = kept
            # ... but sometimes trains the same muscles again the next day
            by_day = {}
            for s in self.sessions:
                by_day.setdefault(s.day, []).append(s)
            added = []
            for s in list(self.sessions):
                nd = s.day + 1
                if (
                    nd < self.n_days
                    and self.logged[nd]
                    and nd not in by_day
                    and r.random() < self.p_b2b
                ):
                    t = _Session(
                        nd, self.at(nd, self.pick_slots(self.dates[nd].weekday(), 1)[0]), 0, s.act
                    )
                    t.dur = max(
                        15, round(_ACT[s.act][0] * self.dur_mult * math.exp(r.gauss(0, 0.15)))
                    )
                    t.rpe = self.rpe_value(_ACT[s.act][2] + self.rpe_off + r.gauss(0, 0.7))
                    t.muscles, t.split, t.outdoor, t.b2b = list(s.muscles), s.split, s.outdoor, True
                    by_day[nd] = [t]
                    added.append(t)
            self.sessions.extend(added)
        self.sessions.sort(key=lambda s: s.start)

    def rpe_value(self, x: float) -> float:
        x = min(10.0, max(1.0, x))
        return float(round(x)) if self.rng.random() < 0.85 else round(x * 2) / 2

    def pick_slots(self, wd: int, n: int) -> list[float]:
        r = self.rng
        if n == 0:
            return []
        if wd >= 5:
            first = r.uniform(7.5, 10.5) if r.random() < 0.8 else r.uniform(15.5, 18.0)
            second = r.uniform(15.5, 18.0) if first < 12 else r.uniform(7.5, 9.5)
        else:
            i = r.choices(range(3), self.slot_w, k=1)[0]
            first = [r.uniform(5.8, 7.4), r.uniform(11.8, 12.8), r.uniform(17.2, 19.3)][i]
            second = r.uniform(17.5, 19.0) if first < 15 else r.uniform(6.0, 7.0)
        return [first] if n == 1 else sorted([first, second])

    def medians(self):
        self.act_p75 = {}
        self.act_rpe75 = {}
        by = {}
        for s in self.sessions:
            by.setdefault(s.act, []).append(s)
        for a, ss in by.items():
            durs = sorted(x.dur for x in ss)
            rpes = sorted(x.rpe for x in ss)
            self.act_p75[a] = durs[int(0.75 * (len(durs) - 1))]
            self.act_rpe75[a] = rpes[int(0.75 * (len(rpes) - 1))]

    def session_details(self):
        r = self.rng
        drift = r.uniform(-2.0, 2.0)
        self.mass_day = []
        wob = r.uniform(0, 6.28)
        for d in range(self.n_days):
            self.mass_day.append(
                self.mass0 + drift * d / self.n_days + 0.5 * math.sin(wob + d / 23.0)
            )
        for s in self.sessions:
            mid = self.hours_of(s.start) - 24 * s.day + s.dur / 120
            if s.outdoor:
                s.temp, s.rh = self.temp_at(s.day, mid)
                if s.act == "swimming":  # open water
                    s.temp = max(14.0, min(27.0, s.temp - 4))
            else:
                s.temp, s.rh = r.uniform(19.0, 23.5), r.uniform(35, 60)
            t_eff = s.temp
            tf = min(1.75, max(0.65, 1 + 0.035 * (t_eff - 18)))
            rate = (
                self.base_sr
                * _ACT[s.act][6]
                * (0.55 + 0.07 * s.rpe)
                * tf
                * math.exp(r.gauss(0, 0.12))
            )
            s.sweat_l = rate * s.dur / 60
            # how much of the sweat the person drinks back
            frac = self.drink_frac * math.exp(r.gauss(0, 0.2))
            if self.cause == "heat" and s.temp > 24:
                frac = min(1.0, frac * 1.15)
            if s.dur < 40 and r.random() < 0.6:
                frac = 0.0
            if self.cause == "dehydration" and s.dur >= 50 and r.random() < self.p_dry:
                s.dry = True
                frac = r.uniform(0.0, 0.12)
            if self.cause == "electrolyte_loss" and s.dur >= 90:
                frac = min(1.1, r.uniform(0.8, 1.05))
            s.drink_l = max(0.0, s.sweat_l * frac)
            # what they drink
            log_drinks = r.random() < self.p_log_drinks and s.drink_l >= 0.1
            if self.cause == "electrolyte_loss" and s.dur >= 90:
                log_drinks = r.random() < 0.97 and s.drink_l >= 0.1
                kinds = (
                    ["water"]
                    if r.random() < 0.6
                    else [r.choice(["sports_drink", "electrolyte_drink", "ors", "sports_drink"])]
                )
                if kinds[0] != "water" and r.random() < 0.5:
                    kinds.append("water")
            else:
                kinds = [r.choices(list(self.drinks_pref), list(self.drinks_pref.values()))[0]]
            if log_drinks:
                vol = s.drink_l * 1000
                n = max(1, min(max(1, int(s.dur / 15)), math.ceil(vol / r.choice([400, 500, 600]))))
                for i in range(n):
                    ml = max(50, round(vol / n / 50) * 50)
                    tt = s.start + dt.timedelta(
                        minutes=round(s.dur * (i + r.uniform(0.3, 0.95)) / n)
                    )
                    s.drinks.append((tt, ml, kinds[i % len(kinds)]))
            na_in = sum(
                ml
                / 1000
                * {
                    "sports_drink": 460,
                    "electrolyte_drink": 1000,
                    "ors": 1725,
                    "coconut_water": 250,
                }.get(k, 0)
                for _, ml, k in s.drinks
            )
            s.na_loss = s.sweat_l * self.sweat_na - na_in
            s.water_only = (
                bool(s.drinks)
                and all(k == "water" for _, _, k in s.drinks)
                and sum(ml for _, ml, _ in s.drinks) >= 400
            )
            # body mass before / after
            p_w = self.p_weigh_long if s.dur >= 60 else self.p_weigh_short
            if r.random() < p_w:
                s.weighed = True
                pre = self.mass_day[s.day] + r.gauss(0, 0.25)
                post = pre - s.sweat_l + s.drink_l - r.uniform(0.0, 0.1)
                s.pre, s.post = round(pre, 1), round(post, 1)
            if r.random() < self.p_log_muscles:
                k = min(
                    len(s.muscles),
                    r.randint(2, 4) if self.cause != "muscle_fatigue" else r.randint(3, 5),
                )
                s.logmus = s.muscles[:k] if r.random() < 0.6 else sorted(r.sample(s.muscles, k))
            s.logged_temp = (s.outdoor and r.random() < self.p_temp_out) or (
                not s.outdoor and r.random() < self.p_temp_in
            )
        if self.cause == "dehydration":
            self.tune_dry()
        self.medians()
        # session-RPE loads and the acute:chronic ratio on each session day
        load = [0.0] * self.n_days
        for s in self.sessions:
            load[s.day] += s.dur * s.rpe
        cum = [0.0]
        for x in load:
            cum.append(cum[-1] + x)
        for s in self.sessions:
            d = s.day
            if d >= 27:
                acute = cum[d + 1] - cum[d - 6]
                chronic = (cum[d + 1] - cum[d - 27]) / 4
                s.acwr = acute / chronic if chronic > 0 else None

    def tune_dry(self):
        """Keep 30–45 % of the weighed sessions above a 2 % body-mass loss (forgotten bottle,
        no fountain on the route): turn long weighed sessions dry, or wet, until it holds."""
        r = self.rng
        w = [s for s in self.sessions if s.weighed]
        if not w:
            return
        target = r.uniform(0.3, 0.45)

        def lossy(s):
            return (s.pre - s.post) / s.pre > 0.02

        def reweigh(s, frac):
            s.drink_l = s.sweat_l * frac
            scale = (
                s.drink_l / max(1e-9, sum(ml for _, ml, _ in s.drinks) / 1000) if s.drinks else 0
            )
            s.drinks = (
                [(t, max(50, round(ml * scale / 50) * 50), k) for t, ml, k in s.drinks]
                if frac > 0.05
                else []
            )
            s.post = round(s.pre - s.sweat_l + s.drink_l - r.uniform(0.0, 0.1), 1)

        r.shuffle(w)
        for s in w:
            share = sum(map(lossy, w)) / len(w)
            if share < target and not lossy(s) and s.sweat_l > 0.0215 * s.pre:
                s.dry = True
                reweigh(s, r.uniform(0.0, 0.05))
            elif share > target + 0.05 and lossy(s):
                s.dry = False
                reweigh(s, r.uniform(0.6, 0.85))

    def workout_objects(self):
        r = self.rng
        for s in self.sessions:
            o = {
                "type": "workout",
                "time": self.iso(s.start),
                "duration_min": s.dur,
                "activity": s.act,
            }
            if r.random() < self.p_log_rpe:
                o["rpe"] = int(s.rpe) if s.rpe == int(s.rpe) else s.rpe
            if self.watch and s.act not in ("yoga", "pilates") and r.random() < 0.85:
                frac = 0.42 + 0.05 * s.rpe
                o["avg_hr"] = int(
                    self.hr_rest + (self.hr_max - self.hr_rest) * frac + r.gauss(0, 4)
                )
            speed = _ACT[s.act][4]
            if speed and (self.watch or r.random() < 0.4):
                kmh = speed * math.exp(r.gauss(0, 0.08)) * (1 + 0.03 * (s.rpe - 5))
                o["distance_km"] = round(kmh * s.dur / 60, 2)
            if s.logged_temp:
                if self.imperial and r.random() < 0.8:
                    o["temperature_c"] = f"{round(s.temp * 9 / 5 + 32)} degF"
                else:
                    o["temperature_c"] = round(s.temp, 1)
                if s.outdoor or r.random() < 0.5:
                    o["humidity_pct"] = round(s.rh)
            if s.logmus:
                o["muscle_groups"] = s.logmus
            if r.random() < 0.25:
                o["warm_up_min"] = r.choice([5, 8, 10, 10, 15])
            if r.random() < 0.15:
                o["cool_down_min"] = r.choice([5, 5, 10, 15])
            if s.act == "other":
                o["notes"] = r.choice(
                    ["gardening", "moving furniture", "painting the fence", "beach day"]
                )
            elif r.random() < 0.08:
                notes = (
                    _NOTES_WORKOUT
                    if s.outdoor
                    else [n for n in _NOTES_WORKOUT if n not in ("windy", "hilly route")]
                )
                o["notes"] = r.choice(notes)
            s.obj = o
            self.add(o)
            if s.weighed:
                self.add(
                    {
                        "type": "body_mass",
                        "time": self.iso(s.start - dt.timedelta(minutes=r.randint(8, 25))),
                        "kg": self.kg(s.pre),
                        "context": "pre_workout",
                    }
                )
                self.add(
                    {
                        "type": "body_mass",
                        "time": self.iso(s.end + dt.timedelta(minutes=r.randint(4, 18))),
                        "kg": self.kg(s.post),
                        "context": "post_workout",
                    }
                )
            for tt, ml, kind in s.drinks:
                f = {"type": "fluid", "time": self.iso(tt), "ml": self.ml(ml)}
                if kind != "water" or r.random() < 0.6:
                    f["drink"] = kind
                self.add(f)
            if s.dur >= 45 and r.random() < 0.25:
                kind = r.choice(["water", "milk", "sports_drink", "juice", "water"])
                self.add(
                    {
                        "type": "fluid",
                        "time": self.iso(s.end + dt.timedelta(minutes=r.randint(25, 70))),
                        "ml": self.ml(r.choice([250, 300, 330, 400, 500])),
                        "drink": kind,
                    }
                )

    def kg(self, v: float):
        if self.imperial:
            return f"{v / 0.45359237:.1f} lb"
        return v

    def ml(self, v: float):
        if self.imperial and self.rng.random() < 0.7:
            return f"{max(1, round(v / 29.5735))} oz"
        return v

    # ---------------------------------------------------------------- sleep
    def sleep(self):
        r = self.rng
        self.nights = []  # (bed, wake, hours, short, logged)
        first_start = {}
        for s in self.sessions:
            first_start.setdefault(s.day, s.start)
        last_end = {}
        for s in self.sessions:
            last_end[s.day] = max(last_end.get(s.day, s.end), s.end)
        for n in range(self.n_days - 1):
            wd = self.dates[n].weekday()
            bed = self.bed_usual + r.gauss(0, 0.45) + (0.6 if wd in (4, 5) else 0.0)
            hours = self.sleep_usual + r.gauss(0, 0.45) + (0.5 if wd in (4, 5) else 0.0)
            short = False
            if r.random() < self.p_short:
                short = True
                cut = r.uniform(1.9, 3.4)
                late = r.uniform(0.3, 1.0) * cut
                bed += late
                hours -= cut
            if n in last_end:
                bed = max(bed, self.hours_of(last_end[n]) - 24 * n + 0.6)
            wake = bed + hours
            if n + 1 in first_start:
                lim = self.hours_of(first_start[n + 1]) - 24 * n - 0.4
                if wake > lim:
                    wake = lim
                    hours = wake - bed
            hours = max(2.5, hours)
            wake = bed + hours
            logged = self.logged[n] and self.logged[n + 1] and r.random() < self.p_log_sleep
            self.nights.append((bed, wake, hours, short, logged))
            if logged:
                o = {"type": "sleep", "time": self.iso(self.at(n, bed))}
                fmt = self.sleep_fmt if self.sleep_fmt != "mix" else r.choice(["end", "hours"])
                if fmt == "end":
                    o["end"] = self.iso(self.at(n, wake))
                else:
                    o["hours"] = round(hours, 2) if r.random() < 0.5 else round(hours * 4) / 4
                if r.random() < self.p_quality:
                    q = 3 + (hours - self.sleep_usual) * 0.9 + r.gauss(0, 0.7)
                    o["quality"] = int(min(5, max(1, round(q))))
                self.add(o)

    # ---------------------------------------------------------------- food and drink
    def diet(self):
        r = self.rng
        self.poor = [False] * self.n_days
        self.poor_days = set()
        if self.cause == "nutrient_deficiency":
            d = r.randint(14, 30)
            target = r.uniform(0.32, 0.42) * self.n_days
            covered = 0
            self.poor_blocks = []
            while d < self.n_days - 10 and covered < target:
                ln = r.randint(14, 30)
                self.poor_blocks.append((d, min(self.n_days, d + ln)))
                for i in range(d, min(self.n_days, d + ln)):
                    self.poor[i] = True
                covered += ln
                d += ln + r.randint(14, 30)
            self.low_minerals = r.choice([("mg", "k"), ("mg", "k", "ca"), ("ca", "mg")])
        else:
            # a few take-away days for everyone
            for i in range(self.n_days):
                self.poor[i] = r.random() < 0.07
        self.day_intake = {}
        for d in range(self.n_days):
            if not self.logged[d]:
                continue
            u = r.random()
            full = u < self.p_full_meals * (0.9 if self.poor[d] else 1.0)
            partial = not full and u < self.p_full_meals + self.p_partial_meals
            if not (full or partial):
                continue
            meals = [
                ("b", r.uniform(6.6, 9.0)),
                ("l", r.uniform(12.0, 13.6)),
                ("d", r.uniform(18.4, 20.6)),
            ]
            nutri = self.cause == "nutrient_deficiency"
            n_snacks = r.choice([0, 0, 1, 1, 2] if nutri else [0, 1, 1, 2])
            for _ in range(n_snacks):
                meals.append(
                    (
                        "s",
                        r.choice(
                            [r.uniform(10.0, 11.0), r.uniform(15.0, 16.5), r.uniform(21.0, 21.8)]
                        ),
                    )
                )
            if partial:
                meals = r.sample(meals, r.randint(1, 2))
            tot = [0.0, 0.0, 0.0]
            for kind, hr in sorted(meals, key=lambda x: x[1]):
                if nutri:
                    # a plain eater: somewhat below reference normally, well below in the stretches
                    poor_meal = r.random() < (0.9 if self.poor[d] else 0.35)
                    if self.poor[d] and kind == "s" and r.random() < 0.4:
                        poor_meal = False
                    items = self.meal_items(kind, poor_meal, lean=True)
                    low = self.low_minerals
                    if self.poor[d] and kind != "s":
                        if "ca" not in low and r.random() < 0.6:
                            items.append(self.extra_item("ca"))
                        if "k" not in low and r.random() < 0.6:
                            items.append(self.extra_item("k"))
                        if "mg" not in low and r.random() < 0.5:
                            items.append(self.extra_item("mg"))
                    elif not self.poor[d] and kind in ("l", "d") and r.random() < 0.6:
                        items.append(self.extra_item("ca"))
                else:
                    items = self.meal_items(kind, self.poor[d])
                    if not self.poor[d] and kind in ("l", "d") and r.random() < 0.2:
                        items.append(self.extra_item("ca"))
                for it in items:
                    v = _FOODS[it.get("food", it.get("ndb_no"))]
                    for j in range(3):
                        tot[j] += v[j] * it["grams"] / 100
                o = {"type": "meal", "time": self.iso(self.at(d, hr)), "items": items}
                if r.random() < 0.03:
                    o["notes"] = r.choice(["eaten out", "at work", "leftovers"])
                self.add(o)
            if full:
                self.day_intake[d] = tot

    def extra_item(self, mineral: str) -> dict:
        r = self.rng
        opts = {
            "ca": [
                ("yogurt, plain, lowfat, 12 grams protein per 8 oz", [125, 150, 170]),
                (
                    "milk, reduced fat, fluid, 2% milkfat, with added vitamin a and vitamin d",
                    [200, 250],
                ),
                ("cheese, cheddar", [20, 25, 30]),
            ],
            "k": [
                ("potatoes, baked, flesh and skin, without salt", [150, 200]),
                ("banana, raw", [110, 120]),
                ("oranges, raw, all commercial varieties", [130, 150]),
            ],
            "mg": [
                ("bread, whole-wheat, commercially prepared", [50, 60]),
                ("rice, brown, long-grain, cooked", [120, 150]),
                ("almonds", [15, 20]),
            ],
        }[mineral]
        food, grams = r.choice(opts)
        return {"food": food, "grams": r.choice(grams)}

    def meal_items(self, kind: str, poor: bool, lean: bool = False) -> list[dict]:
        r = self.rng
        if poor:
            table = {"b": _P_BREAKFAST, "l": _P_LUNCH, "d": _P_DINNER, "s": _P_SNACK}[kind]
        else:
            table = {"b": _N_BREAKFAST, "l": _N_LUNCH, "d": _N_DINNER, "s": _N_SNACK}[kind]
            if lean and kind == "s":  # no nuts, seeds or dark chocolate
                table = [t for t in table if not any(_FOODS[f][0] > 150 for f, _, _ in t)]
        tpl = r.choice(table)
        items = []
        for food, lo, hi in tpl:
            g = r.uniform(lo, hi) * (self.portion if kind != "s" else 1.0)
            g = int(round(g / 5) * 5) if g > 20 else int(round(g))
            key = "ndb_no" if food in _NDB else "food"
            items.append({key: food, "grams": max(1, g)})
        return items

    def daily_fluids_and_mass(self):
        r = self.rng
        for d in range(self.n_days):
            if not self.logged[d]:
                continue
            if r.random() < self.p_fluid_day:
                n = r.randint(3, 7)
                for i in range(n):
                    hr = 7.0 + 14.0 * (i + r.uniform(0.1, 0.9)) / n
                    if hr < 10 and r.random() < 0.6:
                        kind, ml = r.choice(["coffee", "tea"]), r.choice([150, 200, 250])
                    elif hr > 18.5 and r.random() < 0.2:
                        kind, ml = (
                            r.choice(["beer", "juice", "soft_drink"]),
                            r.choice([330, 330, 500]),
                        )
                    else:
                        kind, ml = (
                            r.choice(["water", "water", "water", "tea", "juice", "milk"]),
                            r.choice([200, 250, 300, 330, 500, 750]),
                        )
                    f = {"type": "fluid", "time": self.iso(self.at(d, hr)), "ml": self.ml(ml)}
                    if kind != "water" or r.random() < 0.5:
                        f["drink"] = kind
                    self.add(f)
            if r.random() < self.p_morning_mass:
                self.add(
                    {
                        "type": "body_mass",
                        "time": self.iso(self.at(d, r.uniform(6.3, 8.0))),
                        "kg": self.kg(round(self.mass_day[d] + 0.4 + r.gauss(0, 0.3), 1)),
                        "context": "morning",
                    }
                )

    def medicines_and_supplements(self):
        r = self.rng
        self.med_start = None
        if r.random() < 0.4:
            name = r.choice(_NEUTRAL_MEDS)
            if r.random() < 0.5:  # long-standing
                st = self.dates[0] - dt.timedelta(days=r.randint(60, 2000))
                o = {"type": "medication", "name": name, "start": st.isoformat()}
            else:  # a neutral medicine started mid-journal
                sd = r.randint(self.n_days // 5, self.n_days * 4 // 5)
                o = {"type": "medication", "name": name, "start": self.dates[sd].isoformat()}
                if r.random() < 0.4 and sd + 30 < self.n_days:
                    o["end"] = self.dates[r.randint(sd + 20, self.n_days - 1)].isoformat()
            self.add(o)
        if self.cause == "medication":
            choices = [
                m
                for m in _CRAMP_MEDS
                if m[2] == "any" or (m[2] == "female" and self.sex == "female")
            ]
            name, dose, _ = r.choice(choices)
            lo, hi = int(self.n_days * 0.45), int(self.n_days * 0.62)
            cands = [d for d in range(lo, hi + 1) if self.logged[d]] or [
                d for d in range(self.n_days // 3, self.n_days * 2 // 3) if self.logged[d]
            ]
            sd = r.choice(cands)
            self.med_start = sd
            o = {"type": "medication", "name": name}
            if r.random() < 0.5:
                o["start"] = self.dates[sd].isoformat()
            else:
                o["start"] = self.iso(self.at(sd, r.uniform(7.5, 9.0)))
            if r.random() < 0.6:
                o["notes"] = dose
            self.add(o)
        if self.cause != "nutrient_deficiency" and r.random() < 0.3:
            name, mg = r.choice(
                [
                    ("magnesium citrate", {"magnesium_mg": 200}),
                    ("multivitamin", {"magnesium_mg": 50, "calcium_mg": 160}),
                    ("vitamin D", {}),
                    ("calcium + D", {"calcium_mg": 500}),
                    ("electrolyte tablet", {"sodium_mg": 300, "potassium_mg": 150}),
                ]
            )
            p = r.uniform(0.2, 0.8)
            s0 = r.randint(0, self.n_days // 2)
            s1 = min(self.n_days, s0 + r.randint(20, 90))
            for d in range(s0, s1):
                if self.logged[d] and r.random() < p:
                    o = {
                        "type": "supplement",
                        "time": self.iso(self.at(d, r.uniform(7.0, 9.5))),
                        "name": name,
                    }
                    o.update(mg)
                    self.add(o)

    # ---------------------------------------------------------------- episodes
    def episode(
        self, t: dt.datetime, muscle: str, during: str | None, kind: str = "spasm", sev: float = 0.0
    ):
        r = self.rng
        o = {"type": "episode", "time": self.iso(t), "kind": kind, "muscle": muscle}
        side = r.choices(["left", "right", "both", None], [0.38, 0.38, 0.1, 0.14])[0]
        if side:
            o["side"] = side
        if kind == "spasm":
            if r.random() < 0.85:
                o["duration_s"] = int(
                    min(900, max(5, math.exp(r.gauss(math.log(50) + 0.3 * sev, 0.75))))
                )
            if r.random() < 0.85:
                o["pain"] = int(min(10, max(2, round(r.gauss(5.8 + sev, 1.5)))))
            if r.random() < 0.7:
                k = r.choice([1, 1, 2, 2, 3])
                rel = []
                while len(rel) < k:
                    x = r.choices(_RELIEF, _RELIEF_W)[0]
                    if x not in rel:
                        rel.append(x)
                o["relief"] = rel
            if r.random() < 0.75:
                o["relieved"] = r.random() < 0.9
            if r.random() < 0.05:
                o["flags"] = {"weakness": False, "swelling": False, "numbness_tingling": False}
        else:
            if r.random() < 0.8:
                o["duration_s"] = r.choice([3, 5, 10, 20, 30, 60, 120, 300])
            if r.random() < 0.6:
                o["pain"] = r.choice([0, 0, 0, 1])
        if during and r.random() < 0.93:
            o["during"] = during
        if r.random() < 0.05:
            o["notes"] = r.choice(
                ["woke me up", "went away quickly", "came back twice", "annoying"]
                if during == "sleep"
                else ["came out of nowhere", "had to stop", "eased quickly"]
            )
        self.episodes.append(o)
        self.add(o)
        return o

    def sessions_on(self, day: int) -> list[_Session]:
        return [s for s in self.sessions if s.day == day]

    def muscle_for(self, s: _Session, prefer: list[str] | None = None) -> str:
        r = self.rng
        cand = prefer or s.muscles
        w = [
            3.0
            if m == "calf"
            else 2.0
            if m in ("hamstring", "quadriceps", "foot", "forearm", "hand")
            else 1.0
            for m in cand
        ]
        return r.choices(cand, w)[0]

    def at_session(
        self,
        s: _Session,
        during_share: float,
        max_after_min: int = 150,
        sev: float = 0.0,
        prefer=None,
    ):
        r = self.rng
        m = self.muscle_for(s, prefer)
        if r.random() < during_share:
            t = s.start + dt.timedelta(minutes=round(s.dur * r.uniform(0.55, 0.97)))
            return self.episode(t, m, "exercise", sev=sev)
        room = (self.at(s.day, 23.4) - s.end).total_seconds() / 60
        t = s.end + dt.timedelta(minutes=r.randint(5, max(6, min(max_after_min, int(room)))))
        return self.episode(t, m, "after_exercise", sev=sev)

    def at_night(self, n: int, sev: float = 0.0):
        r = self.rng
        if n >= len(self.nights):
            n = len(self.nights) - 1
        bed, wake, hours, _, _ = self.nights[n]
        t = self.at(n, bed + r.uniform(0.8, max(1.0, hours - 0.3)))
        m = r.choices(["calf", "foot", "toes", "hamstring", "quadriceps"], [6, 2, 1, 1.2, 0.5])[0]
        return self.episode(t, m, "sleep", sev=sev)

    def at_rest(
        self,
        day: int,
        lo: float = 9.0,
        hi: float = 21.5,
        sev: float = 0.0,
        kind: str = "spasm",
        muscle: str | None = None,
    ):
        r = self.rng
        if hi <= lo + 0.5:
            hi = lo + 1.0
        busy = [(s.start, s.end + dt.timedelta(hours=2)) for s in self.sessions_on(day)]
        for _ in range(20):
            t = self.at(day, r.uniform(lo, hi))
            if not any(a <= t <= b for a, b in busy):
                break
        m = (
            muscle
            or r.choices(
                ["calf", "foot", "hamstring", "hand", "toes", "quadriceps", "abdomen", "neck"],
                [6, 2, 1.5, 1, 1, 1, 0.5, 0.3],
            )[0]
        )
        return self.episode(
            t, m, "rest" if kind == "spasm" or r.random() < 0.7 else None, kind=kind, sev=sev
        )

    def background(self):
        r = self.rng
        days = [d for d in range(self.n_days - 1) if self.logged[d]]
        nb = (
            r.randint(5, 8)
            if self.cause in ("nutrient_deficiency", "medication")
            else r.randint(5, 15)
        )
        for d in r.sample(days, nb):
            ss = self.sessions_on(d)
            u = r.random()
            if ss and u < 0.45:
                self.at_session(r.choice(ss), 0.45)
            elif u < 0.75:
                self.at_night(d)
            else:
                self.at_rest(d)
        for d in r.sample(days, r.randint(0, 7)):
            m = r.choices(
                ["eyelid", "calf", "fingers", "quadriceps", "face", "foot"], [6, 3, 1, 1, 1, 1]
            )[0]
            ss = self.sessions_on(d)
            if ss and r.random() < 0.4:
                s = r.choice(ss)
                self.episode(
                    s.end + dt.timedelta(minutes=r.randint(20, 120)),
                    m,
                    "after_exercise",
                    kind="twitch",
                )
            else:
                self.at_rest(d, kind="twitch", muscle=m)

    def spasm_times(self) -> list[dt.datetime]:
        return [
            dt.datetime.fromisoformat(o["time"]).replace(tzinfo=self.tz)
            for o in self.episodes
            if o["kind"] == "spasm"
        ]

    def bg_session(self, s: _Session) -> bool:
        hi = s.end + dt.timedelta(hours=3)
        return any(s.start <= t <= hi for t in self._bg)

    def bg_night(self, n: int) -> bool:
        w = self.at(n, self.nights[n][1])
        return any(w <= t <= w + dt.timedelta(hours=16) for t in self._bg)

    def bg_day(self, d: int) -> bool:
        return any(t.date() == self.dates[d] for t in self._bg)

    def pick(self, ex: list, un: list, has_bg, per_day: bool = False) -> tuple[list, list]:
        """Choose the exposed and unexposed units that get a planted episode.

        Aims at an observed episode-rate ratio (background included) of 3.6–6 between exposed
        and unexposed units, with 9–18 planted episodes (12–20 for day units)."""
        r = self.rng
        n_e, n_u = len(ex), len(un)
        if n_e == 0:
            return [], []
        b_e = sum(1 for u in ex if has_bg(u)) / n_e
        b_u = max(0.015, sum(1 for u in un if has_bg(u)) / n_u) if n_u else 0.03
        ratio = r.uniform(3.6, 6.0)
        n = r.randint(12, 20) if per_day else r.randint(9, 18)
        base = max(0.0, ratio * b_u - b_e)  # planted share of exposed units needed with p_u = 0
        p_u = (n - base * n_e) / (ratio * n_e + n_u)
        if p_u < 0 or per_day:
            p_u = 0.0
            n = min(20, max(n, math.ceil(base * n_e)))
        p_e = (n - p_u * n_u) / n_e
        if p_e > 0.65:
            p_e = 0.65
            p_u = max(0.0, (b_e + p_e) / ratio - b_u)
        k_e, k_u = min(n_e, round(p_e * n_e)), min(n_u, round(p_u * n_u))
        self.plant_stats = {
            "exposed_units": n_e,
            "unexposed_units": n_u,
            "planted_exposed": k_e,
            "planted_unexposed": k_u,
            "background_rate_exposed": b_e,
            "background_rate_unexposed": sum(1 for u in un if has_bg(u)) / n_u if n_u else 0.0,
        }

        def choose(units, k):
            free = [u for u in units if not has_bg(u)]
            busy = [u for u in units if has_bg(u)]
            r.shuffle(free)
            r.shuffle(busy)
            return (free + busy)[:k]

        return choose(ex, k_e), choose(un, k_u)

    def plant(self):
        r, c = self.rng, self.cause
        if c is None:
            return
        self._bg = self.spasm_times()
        ok = [s for s in self.sessions if s.day < self.n_days - 1]
        if c == "dehydration":
            units = [s for s in ok if s.weighed]
            ex = [s for s in units if (s.pre - s.post) / s.pre > 0.02]
            un = [s for s in units if s not in ex]
            pe, pu = self.pick(ex, un, self.bg_session)
            for s in pe + pu:
                self.at_session(s, 0.4, 120, sev=0.5)
        elif c == "electrolyte_loss":
            ex = [s for s in ok if s.dur >= 90 and s.water_only and s.na_loss >= 1000]
            un = [s for s in ok if s not in ex]
            pe, pu = self.pick(ex, un, self.bg_session)
            for s in pe + pu:
                o = self.at_session(
                    s,
                    0.5,
                    180,
                    sev=0.8,
                    prefer=[
                        m
                        for m in s.muscles
                        if m in ("calf", "hamstring", "quadriceps", "forearm", "adductor")
                    ]
                    or None,
                )
                if r.random() < 0.3:  # widespread cramping: a second muscle shortly after
                    t = dt.datetime.fromisoformat(o["time"]).replace(tzinfo=self.tz) + dt.timedelta(
                        minutes=r.randint(2, 15)
                    )
                    m2 = r.choice(
                        [
                            m
                            for m in ("calf", "hamstring", "quadriceps", "abdomen", "hand")
                            if m != o["muscle"]
                        ]
                    )
                    self.episode(t, m2, o.get("during", "after_exercise"), sev=0.8)
        elif c == "muscle_fatigue":
            ex, un = [], []
            prev = {}
            for s in self.sessions:
                prev.setdefault(s.day, set()).update(s.logmus or [])
            for s in ok:
                big = s.dur >= 1.4 * self.act_p75[s.act] or s.rpe >= self.act_rpe75[s.act] + 2
                over = prev.get(s.day - 1, set()) & set(s.logmus or [])
                (ex if big or over else un).append((s, over))
            pe, pu = self.pick(ex, un, lambda u: self.bg_session(u[0]))
            for s, over in pe + pu:
                self.at_session(s, 0.5, 120, sev=0.3, prefer=sorted(over) or None)
        elif c == "training_load_spike":
            units = [s for s in ok if s.acwr is not None]
            ex = [s for s in units if s.acwr >= 1.5]
            un = [s for s in units if s.acwr < 1.5]
            pe, pu = self.pick(ex, un, self.bg_session)
            for s in pe + pu:
                if r.random() < 0.8:
                    self.at_session(s, 0.5, 150)
                else:
                    self.at_night(s.day)
        elif c == "heat":
            units = [s for s in ok if s.outdoor and s.logged_temp]
            ex = [s for s in units if s.temp >= 28 or (s.temp >= 26 and s.rh >= 60)]
            un = [s for s in units if s not in ex]
            pe, pu = self.pick(ex, un, self.bg_session)
            for s in pe + pu:
                self.at_session(s, 0.55, 90, sev=0.4)
        elif c == "sleep_debt":
            units = [
                n
                for n, x in enumerate(self.nights)
                if x[4] and n + 1 < self.n_days - 1 and self.logged[n + 1]
            ]
            hrs = sorted(self.nights[n][2] for n in units)
            med = hrs[len(hrs) // 2]
            ex = [n for n in units if self.nights[n][2] <= med - 1.5]
            un = [n for n in units if n not in ex]
            pe, pu = self.pick(ex, un, self.bg_night)
            for n in pe + pu:
                d = n + 1
                wake = self.nights[n][1] - 24
                nxt_bed = self.nights[d][0] if d < len(self.nights) else 22.5
                ss = [s for s in self.sessions_on(d) if s.start > self.at(d, wake)]
                if ss and r.random() < 0.55:
                    self.at_session(r.choice(ss), 0.5, 90)
                else:
                    self.at_rest(d, max(wake + 0.8, 7.0), min(nxt_bed - 0.5, 22.0))
        elif c == "nutrient_deficiency":
            ex_days = set()
            for a, b in self.poor_blocks:
                for i in range(a + 5, min(self.n_days - 1, b + 4)):
                    ex_days.add(i)
            units = [d for d in range(self.n_days - 1) if self.logged[d]]
            ex = [d for d in units if d in ex_days]
            un = [d for d in units if d not in ex_days]
            pe, pu = self.pick(ex, un, self.bg_day, per_day=True)
            for d in pe + pu:
                ss = self.sessions_on(d)
                u = r.random()
                if u < 0.5:
                    self.at_night(d)
                elif ss and u < 0.75:
                    self.at_session(r.choice(ss), 0.4)
                else:
                    self.at_rest(d)
                if r.random() < 0.2:
                    self.episode(
                        self.at(d, r.uniform(8, 21)),
                        r.choice(["eyelid", "calf", "fingers"]),
                        "rest",
                        kind="twitch",
                    )
        elif c == "medication":
            lat = r.randint(4, 10)
            units = [d for d in range(self.n_days - 1) if self.logged[d]]
            ex = [d for d in units if d >= self.med_start + lat]
            un = [d for d in units if d < self.med_start + lat]
            pe, pu = self.pick(ex, un, self.bg_day, per_day=True)
            for d in pe + pu:
                ss = self.sessions_on(d)
                u = r.random()
                if u < 0.55:
                    self.at_night(d)
                elif ss and u < 0.7:
                    self.at_session(r.choice(ss), 0.3)
                else:
                    self.at_rest(d)

    # ---------------------------------------------------------------- output
    def add(self, o: dict):
        self.objects.append(o)

    def run(self) -> BlindJournal:
        self.person()
        self.period()
        self.weather()
        self.schedule()
        self.session_details()
        self.sleep()
        self.workout_objects()
        self.diet()
        self.daily_fluids_and_mass()
        self.medicines_and_supplements()
        self.background()
        self.plant()
        profile = {
            "type": "profile",
            "sex": self.sex,
            "birth_year": self.birth_year,
            "body_mass_kg": self.mass0,
            "height_cm": self.height,
            "timezone": self.zone_name,
        }
        if self.sex == "female" and self.age < 45 and self.rng.random() < 0.3:
            profile["pregnant"] = False
        # de-duplicate identical lines, sort by time, profile first
        seen, body = set(), []
        for o in self.objects:
            key = repr(sorted(o.items()))
            if key in seen:
                continue
            seen.add(key)
            body.append(o)
        body.sort(key=lambda o: _sort_key(o))
        out = [profile] + body
        if self.ids:
            for i, o in enumerate(out):
                o["id"] = f"{self.id_prefix}-{o['type'][:3]}-{i:05d}"
        start = self.at(0, 0)
        stop = self.at(self.n_days, 0)
        return BlindJournal(cause=self.cause, objects=out, start=start, stop=stop)


def _sort_key(o: dict):
    t = o.get("time") or o.get("start")
    if len(t) == 10:
        t = t + "T00:00:00+00:00"
    return dt.datetime.fromisoformat(t).astimezone(dt.UTC)


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """One person's journal with ``cause`` planted (or none), deterministic per (cause, seed)."""
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}; expected one of {CAUSES} or None")
    return _Gen(cause, int(seed)).run()
