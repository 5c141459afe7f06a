"""Graded texts and small tables of the prevention and pre-workout plans (plan_texts.toml).

Why: the plan's advice must carry its evidence grade and references and live in data, not in
code; the engine fills each text's placeholders with the person's own numbers.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import Field

from crampwise.domain.vocabulary import ACTIVITIES, MUSCLES
from crampwise.knowledge.base import Graded, read_toml


class PlanText(Graded):
    """One piece of plan advice with ``{placeholders}`` for the person's numbers."""

    text: str = Field(min_length=10)

    def render(self, **values: Any) -> dict[str, Any]:
        """The filled text with its grade and references, ready for JSON."""
        return {"id": self.id, "text": self.text.format(**values), "grade": self.grade.value,
                "references": [r.model_dump(exclude_none=True) for r in self.references]}


@cache
def load_plan_texts() -> dict[str, PlanText]:
    """Every plan text by id."""
    return {t.id: t for t in (PlanText.model_validate(x)
                              for x in read_toml("plan_texts.toml")["text"])}


def plan_text(text_id: str) -> PlanText:
    """One plan text by id (KeyError names the id)."""
    return load_plan_texts()[text_id]


def dynamic_move(region: str) -> str:
    """The dynamic warm-up move for a body region."""
    return str(read_toml("plan_texts.toml")["dynamic"][region])


@cache
def activity_muscles(activity: str) -> tuple[str, ...]:
    """Muscles an activity loads most (unknown activity: those of 'other')."""
    table = read_toml("plan_texts.toml")["activity_muscles"]
    muscles = tuple(table.get(activity, table["other"]))
    unknown = [m for m in muscles if m not in MUSCLES]
    if unknown:
        raise ValueError(f"plan_texts.toml: unknown muscles {unknown} for {activity}")
    return muscles


def typical_sweat_rate(activity: str | None) -> float:
    """Typical sweat rate (L/h) for an activity, used only without a personal sweat test."""
    table = read_toml("plan_texts.toml")["typical_sweat_rate_l_per_h"]
    return float(table.get(activity or "other", table["other"]))


def check_tables() -> None:
    """Validate the tables against the vocabulary (used by the tests)."""
    raw = read_toml("plan_texts.toml")
    for name in ("activity_muscles", "typical_sweat_rate_l_per_h"):
        missing = [a for a in ACTIVITIES if a not in raw[name]]
        if missing:
            raise ValueError(f"plan_texts.toml [{name}]: no entry for {missing}")
    for activity in ACTIVITIES:
        activity_muscles(activity)
    load_plan_texts()
