"""Red-flag rules and medicine lists as validated data (knowledge/data/red_flags.toml).

The triage engine decides *when* a rule fires; this module holds *what it says* and *which
source it follows*, so texts and citations can be reviewed without reading code.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from rapidfuzz import fuzz, process

from crampwise.knowledge.base import Graded, read_toml

Level = Literal["emergency", "urgent", "see_doctor", "self_care"]


class RedFlagRule(Graded):
    """One triage rule: the level it reaches, its explanation template and its advice."""

    disposition: Level
    because: str = Field(min_length=5)
    advice: str = Field(min_length=10)


class DispositionText(BaseModel):
    """The headline shown for a disposition."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    headline: str


class MedicineClass(BaseModel):
    """A group of medicines linked to cramps or twitching, by generic and brand names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    names: tuple[str, ...] = Field(min_length=1)


class Question(BaseModel):
    """One interactive triage question: what to ask and which input key the answer fills."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    key: str
    type: Literal["choice", "bool", "int", "number", "muscles", "medicines"]
    text: str
    options: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    scale: float = 1.0


class RedFlags(BaseModel):
    """Everything in red_flags.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dispositions: dict[Level, DispositionText]
    watch_for: dict[Literal["urgent", "emergency"], tuple[str, ...]]
    rule: tuple[RedFlagRule, ...]
    medicines: dict[str, MedicineClass]
    question: tuple[Question, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> RedFlags:
        ids = [r.id for r in self.rule]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate rule ids in red_flags.toml")
        return self

    @property
    def rules(self) -> dict[str, RedFlagRule]:
        """Rules by id, in file order."""
        return {r.id: r for r in self.rule}


@cache
def load_red_flags() -> RedFlags:
    """The validated red-flag data (cached)."""
    return RedFlags.model_validate(read_toml("red_flags.toml"))


def load_questions() -> tuple[Question, ...]:
    """Interactive triage questions in the order they are asked."""
    return load_red_flags().question


def load_rules() -> dict[str, RedFlagRule]:
    """Red-flag rules by id."""
    return load_red_flags().rules


@cache
def _medicine_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for klass, group in load_red_flags().medicines.items():
        for name in group.names:
            index[name.lower()] = klass
    return index


def medicine_class(name: str) -> str | None:
    """The cramp-linked class of a medicine name ("Lipitor 20 mg" -> "statin"), or None."""
    text = re.sub(r"[^a-z\- ]+", " ", name.lower()).replace("-", " ")
    text = " ".join(text.split())
    index = _medicine_index()
    words = text.split()
    # Longest phrases first, so "iron sucrose" wins over a single word.
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if phrase in index:
                return index[phrase]
            joined = "-".join(words[i:i + size])
            if joined in index:
                return index[joined]
    # A misspelt name ("atorvastin") still counts; short words are too risky to guess.
    single = [n for n in index if " " not in n and len(n) >= 6]
    for word in words:
        if len(word) >= 6:
            match = process.extractOne(word, single, scorer=fuzz.ratio, score_cutoff=88)
            if match is not None:
                return index[match[0]]
    return None


def medicine_label(klass: str) -> str:
    """Plain-words label of a medicine class."""
    return load_red_flags().medicines[klass].label
