"""One static stretch for every muscle in the vocabulary, with its picture.

The relief routine shows the stretch for the cramping muscle first; the web app and the CLI read
the same steps, hold range and SVG file, so the picture and the words cannot drift apart.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field, field_validator, model_validator

from crampwise.domain.vocabulary import MUSCLES
from crampwise.knowledge.base import Graded, data_path, read_toml

HOLD_MIN_S = 15
HOLD_MAX_S = 30


class Stretch(Graded):
    """A static stretch: where to start, the steps, how long to hold, how often, and its picture."""

    muscle: str
    title: str = Field(min_length=3)
    position: Literal["standing", "sitting", "lying", "kneeling"]
    steps: tuple[str, ...] = Field(min_length=2)
    hold_s: tuple[int, int]
    repeat: int = Field(ge=1, le=5)
    no_bouncing: Literal[True] = True
    opposite: str | None = Field(default=None, min_length=10,
                                 description="the opposite muscle to tighten gently, and how")
    cautions: tuple[str, ...] = ()
    image: str = Field(pattern=r"^[a-z0-9\-]+\.svg$")
    image_alt: str = Field(min_length=20)

    @field_validator("muscle")
    @classmethod
    def _known_muscle(cls, value: str) -> str:
        if value not in MUSCLES:
            raise ValueError(f"unknown muscle {value!r}; expected one of {MUSCLES}")
        return value

    @field_validator("hold_s")
    @classmethod
    def _hold_range(cls, value: tuple[int, int]) -> tuple[int, int]:
        low, high = value
        if not HOLD_MIN_S <= low <= high <= HOLD_MAX_S:
            raise ValueError(f"hold_s {list(value)} must lie within [{HOLD_MIN_S}, {HOLD_MAX_S}]")
        return value

    @model_validator(mode="after")
    def _image_named_after_id(self) -> Stretch:
        if self.image != f"{self.id}.svg":
            raise ValueError(f"{self.id}: image must be named {self.id}.svg")
        return self


@cache
def load_stretches() -> dict[str, Stretch]:
    """The stretch for each muscle, keyed by canonical muscle name (every muscle has one)."""
    raw = read_toml("stretches.toml")
    stretches = [Stretch.model_validate(item) for item in raw["stretch"]]
    by_muscle = {s.muscle: s for s in stretches}
    if len(by_muscle) != len(stretches):
        raise ValueError("stretches.toml: more than one stretch for a muscle")
    missing = [m for m in MUSCLES if m not in by_muscle]
    if missing:
        raise ValueError(f"stretches.toml: no stretch for {missing}")
    return {m: by_muscle[m] for m in MUSCLES}


def svg_text(image_name: str) -> str:
    """The SVG markup of a stretch picture by file name (only names listed in stretches.toml)."""
    known = {s.image for s in load_stretches().values()}
    if image_name not in known:
        raise KeyError(f"no stretch picture called {image_name!r}")
    return str(data_path("stretches", image_name).read_text("utf-8"))
