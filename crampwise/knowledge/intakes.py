"""Reference intakes of magnesium, potassium, calcium, sodium and water (evidence.md §5).

Used to show nutrient gaps from logged meals. They describe what healthy children from 9,
teenagers and adults need, not cramp treatments. ``reference_intake`` answers one number per
person; for sex ``other`` it takes the higher of the male and female values (spec/journal.md,
profile).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from crampwise.knowledge.base import Graded, read_toml

Nutrient = Literal["magnesium", "potassium", "calcium", "sodium", "water"]
NUTRIENTS: tuple[str, ...] = ("magnesium", "potassium", "calcium", "sodium", "water")
MIN_AGE = 9
"""Youngest age covered: children 9-13, teenagers 14-18 and adults (the DRI bands of
intakes.toml). Pregnancy bands start at 14."""


class Band(BaseModel):
    """An amount for an inclusive age band (and a sex, where it differs)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sex: Literal["male", "female"] | None = None
    age_min: int = Field(ge=0)
    age_max: int = Field(le=120)
    amount: float = Field(gt=0)

    def covers(self, age: int) -> bool:
        return self.age_min <= age <= self.age_max


class NutrientIntakes(Graded):
    """All reference values for one nutrient."""

    kind: Literal["RDA", "AI"]
    unit: Literal["mg", "mL"]
    upper_scope: str | None = None
    notes: str
    values: tuple[Band, ...] = Field(min_length=2)
    pregnancy: tuple[Band, ...] = Field(min_length=1)
    upper: tuple[Band, ...] = ()


class Intake(BaseModel):
    """One person's reference intake for one nutrient (per day)."""

    model_config = ConfigDict(frozen=True)

    nutrient: str
    rda_or_ai_mg: float = Field(description="RDA or AI per day, in `unit` (mL for water)")
    upper_limit_mg: float | None = Field(description="per day, in `unit`; None when not set")
    kind: Literal["RDA", "AI"]
    unit: Literal["mg", "mL"] = "mg"
    upper_limit_scope: str | None = None


@cache
def load_intakes() -> dict[str, NutrientIntakes]:
    """Reference intakes by nutrient id."""
    items = [NutrientIntakes.model_validate(n) for n in read_toml("intakes.toml")["nutrient"]]
    found = {n.id: n for n in items}
    if sorted(found) != sorted(NUTRIENTS):
        raise ValueError(f"intakes.toml: expected {list(NUTRIENTS)}, found {sorted(found)}")
    return found


def _pick(bands: tuple[Band, ...], age: int, sex: str | None, nutrient: str) -> float:
    for band in bands:
        if band.covers(age) and (band.sex is None or band.sex == sex):
            return band.amount
    raise ValueError(f"no {nutrient} reference value for age {age} ({sex})")


def reference_intake(nutrient: str, age: int, sex: str, pregnant: bool = False) -> Intake:
    """The reference intake (RDA or AI) and upper limit for ``nutrient`` at ``age`` (9-120).

    ``sex`` is ``male``, ``female`` or ``other`` (the higher of the two). Raises ``ValueError``
    for ages under 9 (young children are not covered) or an unknown nutrient.
    """
    table = load_intakes().get(nutrient)
    if table is None:
        raise ValueError(f"unknown nutrient {nutrient!r} (expected one of: {', '.join(NUTRIENTS)})")
    if sex not in ("male", "female", "other"):
        raise ValueError(f"unknown sex {sex!r} (expected male, female or other)")
    if age < MIN_AGE or age > 120:
        raise ValueError(f"reference intakes here cover ages {MIN_AGE}-120, not {age}; for "
                         "children ask a doctor or dietitian")
    if pregnant and sex == "male":
        raise ValueError("pregnant is only meaningful for sex female or other")
    youngest_pregnancy = min(b.age_min for b in table.pregnancy)
    if pregnant and age < youngest_pregnancy:
        raise ValueError(f"no pregnancy reference intakes under {youngest_pregnancy}: ask a "
                         "doctor or midwife")
    if pregnant:
        amount = _pick(table.pregnancy, age, None, nutrient)
    elif sex == "other":
        amount = max(_pick(table.values, age, s, nutrient) for s in ("male", "female"))
    else:
        amount = _pick(table.values, age, sex, nutrient)
    upper = next((b.amount for b in table.upper if b.covers(age)), None)
    return Intake(nutrient=nutrient, rda_or_ai_mg=amount, upper_limit_mg=upper, kind=table.kind,
                  unit=table.unit, upper_limit_scope=table.upper_scope if upper else None)
