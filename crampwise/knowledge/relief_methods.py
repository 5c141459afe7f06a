"""Relief methods for a cramp or twitch happening now, validated from ``relief_methods.toml``.

The relief routine (``crampwise.engine.relief``) picks and orders these; each keeps the grade and
references of the advice as worded, and what the source article claims where research disagrees.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field, field_validator, model_validator

from crampwise.domain.vocabulary import KINDS, RELIEF_METHODS
from crampwise.knowledge.base import Grade, Graded, read_toml

Role = Literal["first_line", "optional", "after", "info", "not_recommended"]


class ReliefMethod(Graded):
    """One piece of relief advice: what to do, how, its cautions, and how sure we are."""

    method: str
    role: Role
    kinds: tuple[str, ...] = Field(min_length=1)
    title: str = Field(min_length=3)
    summary: str = Field(min_length=10)
    instructions: tuple[str, ...] = Field(min_length=1)
    cautions: tuple[str, ...] = ()
    evidence_says: str = Field(min_length=10)
    article_says: str | None = None
    tools: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    foods: tuple[str, ...] = ()
    supplement_upper_limit_mg_per_day: float | None = Field(default=None, gt=0)

    @field_validator("method")
    @classmethod
    def _known_method(cls, value: str) -> str:
        if value not in RELIEF_METHODS:
            raise ValueError(f"unknown relief method {value!r}; expected one of {RELIEF_METHODS}")
        return value

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [k for k in value if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown episode kinds {unknown}; expected {KINDS}")
        return value

    @model_validator(mode="after")
    def _honest_grade(self) -> ReliefMethod:
        # Advice we tell people not to follow must never carry a grade that reads as support.
        if self.role == "not_recommended" and self.grade is not Grade.NOT_SUPPORTED:
            raise ValueError(f"{self.id}: not_recommended items must be graded "
                             f"'{Grade.NOT_SUPPORTED.value}'")
        return self


@cache
def load_relief_methods() -> dict[str, ReliefMethod]:
    """All relief methods by id, in file order (validated once, then cached)."""
    raw = read_toml("relief_methods.toml")
    methods = [ReliefMethod.model_validate(item) for item in raw["method"]]
    by_id = {m.id: m for m in methods}
    if len(by_id) != len(methods):
        raise ValueError("relief_methods.toml: duplicate method ids")
    return by_id


def methods_for(kind: str) -> list[ReliefMethod]:
    """The methods that apply to an episode kind (``spasm`` or ``twitch``), in file order."""
    return [m for m in load_relief_methods().values() if kind in m.kinds]
