"""Causes, prevention strategies and twitch-vs-spasm texts as validated, graded data.

The words live in knowledge/data/*.toml so they can be reviewed against the evidence base
without reading code; this module gives them types and checks them at load: every item carries
a grade and at least one reference, all ten causes and all seven strategies are present.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from crampwise.domain.vocabulary import CAUSES
from crampwise.knowledge.base import Grade, Graded, read_toml

#: The article's seven prevention strategies, in its order.
STRATEGIES: tuple[str, ...] = (
    "balanced_nutrition", "regular_hydration", "warm_up_cool_down", "consistent_routine",
    "posture", "rest_recovery", "sleep",
)


class Cause(Graded):
    """One cause `analyze` can rank: mechanism, what shows it in a journal, how to address it."""

    name: str
    article_says: str | None = None
    mechanism: str = Field(min_length=40)
    research_disagrees: str = Field(min_length=20)
    signs_in_data: tuple[str, ...] = Field(min_length=1)
    address: str = Field(min_length=40)
    article_claim_grade: Grade | None = None


class Action(Graded):
    """A concrete prevention action with its own grade."""

    text: str = Field(min_length=20)


class Strategy(Graded):
    """One of the seven prevention strategies, what the evidence says, and its actions."""

    title: str
    article_says: str
    evidence: str = Field(min_length=40)
    actions: tuple[Action, ...] = Field(min_length=2)


class KindProfile(BaseModel):
    """How one episode kind looks and feels."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    also_called: tuple[str, ...]
    what: str
    size: str
    force: str
    pain: str
    duration: str
    visibility: str
    common_sites: tuple[str, ...]


class Difference(BaseModel):
    """One aspect on which a twitch and a spasm differ."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    aspect: str
    twitch: str
    spasm: str


class Concern(Graded):
    """When a twitch (or cramp) is a concern, and how urgent it is."""

    kind: Literal["twitch", "spasm"]
    text: str
    disposition: Literal["emergency", "urgent", "see_doctor", "self_care"]


class TwitchVsSpasm(Graded):
    """What a twitch and a spasm are, how to tell them apart, and when to worry."""

    twitch: KindProfile
    spasm: KindProfile
    differences: tuple[Difference, ...] = Field(min_length=5)
    not_a_cramp: tuple[str, ...]
    concerns: tuple[Concern, ...] = Field(min_length=3)

    @model_validator(mode="after")
    def _covers_the_article(self) -> TwitchVsSpasm:
        aspects = {d.aspect for d in self.differences}
        missing = {"size", "force", "pain", "duration", "visibility"} - aspects
        if missing:
            raise ValueError(f"twitch_vs_spasm.toml lacks differences: {sorted(missing)}")
        return self


def _check_ids(what: str, found: list[str], expected: tuple[str, ...]) -> None:
    if sorted(found) != sorted(expected) or len(found) != len(set(found)):
        raise ValueError(f"{what}: expected exactly {list(expected)}, found {found}")


@cache
def load_causes() -> dict[str, Cause]:
    """The ten causes by id, in the vocabulary's order."""
    causes = [Cause.model_validate(c) for c in read_toml("causes.toml")["cause"]]
    _check_ids("causes.toml", [c.id for c in causes], CAUSES)
    by_id = {c.id: c for c in causes}
    return {cause_id: by_id[cause_id] for cause_id in CAUSES}


@cache
def load_prevention() -> dict[str, Strategy]:
    """The seven prevention strategies by id, in the article's order."""
    strategies = [Strategy.model_validate(s) for s in read_toml("prevention.toml")["strategy"]]
    _check_ids("prevention.toml", [s.id for s in strategies], STRATEGIES)
    by_id = {s.id: s for s in strategies}
    return {strategy_id: by_id[strategy_id] for strategy_id in STRATEGIES}


@cache
def load_twitch_vs_spasm() -> TwitchVsSpasm:
    """What twitches and spasms are and how to tell them apart."""
    return TwitchVsSpasm.model_validate(read_toml("twitch_vs_spasm.toml"))
