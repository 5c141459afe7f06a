"""The food table: USDA SR28 foods, their minerals per portion, and everyday-name lookup.

Why: a meal entry names foods ("banana, raw", "milk") or USDA numbers ("09040"); the journal
needs each item turned into milligrams of magnesium, potassium, calcium and sodium, and the
prevention plan needs everyday foods with real portions that would close a mineral gap.
The table itself (``data/foods.csv``) is built from the USDA file by
``scripts/build_food_table.py``; name matching lives in :mod:`crampwise.knowledge.food_match`
and is reached through :func:`match_food` here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from crampwise.knowledge.base import data_path, read_toml

NUTRIENT_KEYS = (
    "magnesium_mg",
    "potassium_mg",
    "calcium_mg",
    "sodium_mg",
    "water_ml",
    "energy_kcal",
)
Mineral = Literal["magnesium", "potassium", "calcium", "sodium"]
MINERALS: tuple[Mineral, ...] = ("magnesium", "potassium", "calcium", "sodium")


@dataclass(frozen=True, slots=True)
class Portion:
    """A household portion of a food: its weight in grams and what it is ("1 cup, sliced")."""

    grams: float
    label: str


@dataclass(frozen=True, slots=True)
class Food:
    """One food of the table; nutrient values are per 100 g edible portion, None if unknown."""

    ndb_no: str
    name: str
    usda_desc: str
    magnesium_mg: float | None
    potassium_mg: float | None
    calcium_mg: float | None
    sodium_mg: float | None
    water_g: float | None
    energy_kcal: float | None
    usda_portions: tuple[Portion, ...]

    def per_100g(self, mineral: Mineral) -> float | None:
        """Milligrams of ``mineral`` per 100 g."""
        value: float | None = getattr(self, f"{mineral}_mg")
        return value


class EverydayFood(BaseModel):
    """An entry of ``everyday_foods.toml``: a food the plan may suggest, with a typical portion."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ndb_no: str = Field(pattern=r"^\d{5}$")
    category: str = Field(pattern=r"^[a-z_]+$")
    portion_g: float = Field(gt=0, le=1000)
    portion: str = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class RichFood:
    """A suggestion from :func:`foods_rich_in`: a food, its portion and the amount it gives."""

    food: Food
    category: str
    portion: Portion
    amount_mg: float


class FoodMatchError(ValueError):
    """A food name or number that matches no food, or several equally well."""

    def __init__(self, message: str, query: str, candidates: Iterable[Food] = ()) -> None:
        super().__init__(message)
        self.query = query
        self.candidates: tuple[Food, ...] = tuple(candidates)


def _number(text: str) -> float | None:
    """A CSV number; empty means the USDA has no value."""
    return float(text) if text.strip() else None


def _portions(row: Mapping[str, str]) -> tuple[Portion, ...]:
    """The USDA portions (GmWt_1/2) of one CSV row that have a weight."""
    found = []
    for grams_key, label_key in (("gmwt_1", "gmwt_desc1"), ("gmwt_2", "gmwt_desc2")):
        grams = _number(row[grams_key])
        if grams is not None and grams > 0:
            found.append(Portion(grams=grams, label=row[label_key]))
    return tuple(found)


def parse_foods(text: str) -> dict[str, Food]:
    """Parse the text of ``foods.csv`` into foods keyed by NDB number."""
    foods: dict[str, Food] = {}
    for row in csv.DictReader(io.StringIO(text)):
        food = Food(
            ndb_no=row["ndb_no"],
            name=row["name"],
            usda_desc=row["usda_desc"],
            magnesium_mg=_number(row["magnesium_mg"]),
            potassium_mg=_number(row["potassium_mg"]),
            calcium_mg=_number(row["calcium_mg"]),
            sodium_mg=_number(row["sodium_mg"]),
            water_g=_number(row["water_g"]),
            energy_kcal=_number(row["energy_kcal"]),
            usda_portions=_portions(row),
        )
        foods[food.ndb_no] = food
    return foods


@cache
def load_foods() -> Mapping[str, Food]:
    """All foods of the shipped table, keyed by 5-digit NDB number (read-only, cached)."""
    text = data_path("foods.csv").read_text("utf-8")
    return MappingProxyType(parse_foods(text))


@cache
def load_brand_foods() -> Mapping[str, Food]:
    """The brand-named fast-food and restaurant rows ("MCDONALD'S, BIG MAC"), kept apart from
    :func:`load_foods` so that typed names match generic foods only, while a meal logged by its
    USDA number (as food apps export them) still counts."""
    text = data_path("foods_brands.csv").read_text("utf-8")
    return MappingProxyType(parse_foods(text))


def food_by_ndb(ndb_no: str | int) -> Food:
    """The food with this USDA number ("09040"; leading zeros may be omitted), generic or
    brand-named."""
    key = str(ndb_no).strip()
    if key.isdigit() and len(key) < 5:
        key = key.zfill(5)
    food = load_foods().get(key) or load_brand_foods().get(key)
    if food is None:
        raise FoodMatchError(
            f"No food has the USDA number {str(ndb_no)!r}: expected a 5-digit SR28 NDB number "
            'such as "09040" (bananas, raw). Search by name instead, e.g. {"food": "banana"}.',
            query=str(ndb_no),
        )
    return food


def nutrients_for(food: Food, grams: float) -> dict[str, float | None]:
    """Mg, K, Ca, Na (mg), water (ml, taking 1 g = 1 ml) and kcal in ``grams`` of ``food``.

    A value is None when the USDA table has no figure for that nutrient.
    """
    if grams < 0:
        raise ValueError(f"grams must be >= 0, got {grams}")
    factor = grams / 100.0
    per_100g = (
        food.magnesium_mg,
        food.potassium_mg,
        food.calcium_mg,
        food.sodium_mg,
        food.water_g,
        food.energy_kcal,
    )
    return {
        key: None if value is None else value * factor
        for key, value in zip(NUTRIENT_KEYS, per_100g, strict=True)
    }


@cache
def everyday_foods() -> tuple[EverydayFood, ...]:
    """The curated everyday foods (``everyday_foods.toml``), validated against the table."""
    entries = tuple(EverydayFood(**item) for item in read_toml("everyday_foods.toml")["food"])
    foods = load_foods()
    unknown = [e.ndb_no for e in entries if e.ndb_no not in foods]
    if unknown:
        raise ValueError(f"everyday_foods.toml: NDB numbers not in foods.csv: {unknown}")
    return entries


def portions(food: Food) -> tuple[Portion, ...]:
    """Household portions of ``food``: the curated typical portion first, then the USDA ones."""
    typical = tuple(
        Portion(grams=e.portion_g, label=e.portion)
        for e in everyday_foods()
        if e.ndb_no == food.ndb_no
    )
    return typical + food.usda_portions


def foods_rich_in(
    nutrient: str,
    limit: int = 5,
    exclude_categories: Iterable[str] = (),
) -> list[RichFood]:
    """Everyday foods ranked by ``nutrient`` ("magnesium", "potassium", "calcium", "sodium")
    in one typical portion, leaving out the given categories (e.g. "dairy", "fish")."""
    mineral = nutrient.removesuffix("_mg").strip().lower()
    if mineral not in MINERALS:
        raise ValueError(f"unknown nutrient {nutrient!r}: expected one of {', '.join(MINERALS)}")
    excluded = {c.strip().lower() for c in exclude_categories}
    categories = {e.category for e in everyday_foods()}
    unknown = excluded - categories
    if unknown:
        raise ValueError(
            f"unknown food categories {sorted(unknown)}: expected some of {sorted(categories)}"
        )
    foods = load_foods()
    ranked: list[RichFood] = []
    for entry in everyday_foods():
        if entry.category in excluded:
            continue
        food = foods[entry.ndb_no]
        per_100g = getattr(food, f"{mineral}_mg")
        if per_100g is None:
            continue
        amount = per_100g * entry.portion_g / 100.0
        ranked.append(
            RichFood(food, entry.category, Portion(entry.portion_g, entry.portion), amount)
        )
    ranked.sort(key=lambda r: (-r.amount_mg, r.food.name))
    return ranked[: max(limit, 0)]


def food_categories() -> tuple[str, ...]:
    """The categories of the everyday foods, for ``exclude_categories``."""
    return tuple(sorted({e.category for e in everyday_foods()}))


def match_food(name: str) -> Food:
    """The food a name means: exact name, USDA description, everyday alias or a close spelling.

    Raises :class:`FoodMatchError` (a ValueError) listing the closest foods with their NDB
    numbers when the name matches nothing or several foods equally well.
    """
    from crampwise.knowledge.food_match import match_name  # noqa: PLC0415 (import cycle)

    return match_name(name)


__all__ = [
    "MINERALS",
    "NUTRIENT_KEYS",
    "EverydayFood",
    "Food",
    "FoodMatchError",
    "Portion",
    "RichFood",
    "everyday_foods",
    "food_by_ndb",
    "food_categories",
    "foods_rich_in",
    "load_foods",
    "match_food",
    "nutrients_for",
    "portions",
]
