"""Shared shapes of the knowledge files: evidence grades, references and the TOML loader.

Every piece of advice the product shows carries a grade and at least one reference, so these
types are the contract every knowledge file is validated against.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Grade(StrEnum):
    """GRADE-style certainty words shown to people (evidence.md, "How to read this file")."""

    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"
    VERY_LOW = "very low"
    EXPERT_OPINION = "expert opinion"
    NOT_SUPPORTED = "not supported by evidence"


class Reference(BaseModel):
    """A citation: who says it, and where in our evidence base it is discussed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(min_length=3)
    url: str | None = None
    section: str | None = Field(default=None, description="evidence.md section, e.g. '6.4'")


class Graded(BaseModel):
    """Base for every knowledge item: an id, a grade and at least one reference."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_\-]+$")
    grade: Grade
    references: tuple[Reference, ...] = Field(min_length=1)


@cache
def read_toml(name: str) -> dict[str, Any]:
    """Parse one file from ``crampwise/knowledge/data`` (cached: files never change at run time)."""
    text = resources.files("crampwise.knowledge").joinpath("data", name).read_text("utf-8")
    return tomllib.loads(text)


def data_path(*parts: str) -> Any:
    """A traversable path inside the knowledge data folder (for SVGs and CSV tables)."""
    return resources.files("crampwise.knowledge").joinpath("data", *parts)
