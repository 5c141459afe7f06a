"""The red-flag triage contract (spec/triage.md): what a person reports, and what we answer.

``TriageInput`` accepts exactly the keys of the spec and canonicalises vocabulary names, so the
engine never sees an alias or a typo; every error names the key that was wrong. ``TriageResult``
is the output object, field for field.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)
from rapidfuzz import fuzz, process

from crampwise.domain.vocabulary import (
    FLAGS,
    VocabularyError,
    canonical_kind,
    canonical_muscle,
    canonical_side,
)
from crampwise.errors import UserError

Disposition = Literal["emergency", "urgent", "see_doctor", "self_care"]
During = Literal["exercise", "after_exercise", "rest", "sleep"]

#: Most urgent first, the order of ``DISPOSITIONS`` in the vocabulary.
LEVELS: tuple[Disposition, ...] = ("emergency", "urgent", "see_doctor", "self_care")


def urgency(disposition: str) -> int:
    """Rank of a disposition: 0 for emergency (most urgent) up to 3 for self_care."""
    for rank, level in enumerate(LEVELS):
        if level == disposition:
            return rank
    raise ValueError(f"unknown disposition {disposition!r} (expected one of: {', '.join(LEVELS)})")


class TriageInputError(UserError):
    """A triage input that does not follow spec/triage.md; the message names the key."""


class TriageInput(BaseModel):
    """What a person reports about one twitch or spasm (spec/triage.md, "Input")."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    kind: Literal["twitch", "spasm"]
    muscles: tuple[str, ...] = Field(min_length=1)
    side: Literal["left", "right", "both"] | None = None
    duration_s: float | None = Field(default=None, ge=0, le=7 * 24 * 3600)
    pain: int | None = Field(default=None, ge=0, le=10)
    during: During | None = None
    episodes_per_week: float | None = Field(default=None, ge=0, le=1000)
    weeks_ongoing: float | None = Field(default=None, ge=0, le=5200)
    self_care_helped: bool | None = None
    flags: dict[str, bool] = Field(default_factory=dict)
    medications: tuple[str, ...] = ()
    age: int | None = Field(default=None, ge=0, le=120)
    pregnant: bool | None = None

    @field_validator("pain", "age", mode="before")
    @classmethod
    def _whole_number(cls, value: Any) -> Any:
        # JSON writers often send 7.0 for 7; a fraction is an error, never silently rounded.
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, float):
            raise ValueError(f"expected a whole number, got {value:g}")
        return value

    @field_validator("during", mode="before")
    @classmethod
    def _during(cls, value: Any) -> Any:
        return _snake(value) if isinstance(value, str) else value

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> Any:
        return canonical_kind(value) if isinstance(value, str) else value

    @field_validator("side", mode="before")
    @classmethod
    def _side(cls, value: Any) -> Any:
        return canonical_side(value) if isinstance(value, str) else value

    @field_validator("muscles", mode="before")
    @classmethod
    def _muscles(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple):
            return value
        if not value:
            raise ValueError("name at least one muscle (for example calf, hamstring, eyelid)")
        out: list[str] = []
        for item in value:
            if not isinstance(item, str):
                raise ValueError(f"each muscle must be a name, got {item!r}")
            name = canonical_muscle(item)
            if name not in out:
                out.append(name)
        return tuple(out)

    @field_validator("medications", mode="before")
    @classmethod
    def _medications(cls, value: Any) -> Any:
        # One medicine may come as a plain string, and null means none were named.
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list | tuple):
            return tuple(v.strip() if isinstance(v, str) else v for v in value
                         if not (isinstance(v, str) and not v.strip()))
        return value

    @field_validator("flags", mode="before")
    @classmethod
    def _unasked_flags(cls, value: Any) -> Any:
        # null means "not asked", exactly like leaving the key (or all flags) out; flag names
        # match case-insensitively, with spaces or hyphens for underscores (vocabulary.md).
        if value is None:
            return {}
        if isinstance(value, list) and all(isinstance(k, str) for k in value):
            value = dict.fromkeys(value, True)  # a list names the flags answered yes
        if isinstance(value, dict):
            return {_snake(k) if isinstance(k, str) else k: v
                    for k, v in value.items() if v is not None}
        return value

    @field_validator("flags")
    @classmethod
    def _flags(cls, value: dict[str, bool]) -> dict[str, bool]:
        unknown = sorted(set(value) - set(FLAGS))
        if unknown:
            hints = [f"{name!r}" + (f" (did you mean {best!r}?)" if best else "")
                     for name in unknown for best in [_closest(name, FLAGS)]]
            raise ValueError(
                f"unknown red-flag key(s) {', '.join(hints)} "
                f"(expected some of: {', '.join(FLAGS)})"
            )
        return dict(value)

    def flag(self, name: str) -> bool:
        """True only when the person answered yes to this red-flag question."""
        return self.flags.get(name) is True


def _snake(text: str) -> str:
    """'After exercise' -> 'after_exercise': how free-typed names are matched."""
    return "_".join(text.strip().lower().replace("-", " ").split())


def _closest(name: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """The valid name a typo most likely meant, if any is close."""
    match = process.extractOne(name, list(choices), scorer=fuzz.WRatio, score_cutoff=70)
    return None if match is None else str(match[0])


def parse_triage_input(data: Any) -> TriageInput:
    """Validate a decoded JSON object into ``TriageInput``; errors name the offending key."""
    if not isinstance(data, dict):
        raise TriageInputError(
            f"triage input must be a JSON object, got {type(data).__name__}"
        )
    try:
        return TriageInput.model_validate(data)
    except ValidationError as exc:
        raise TriageInputError(_describe(exc)) from None
    except VocabularyError as exc:  # pragma: no cover - pydantic wraps these as ValueError
        raise TriageInputError(str(exc)) from None


def _describe(exc: ValidationError) -> str:
    lines = []
    for error in exc.errors(include_url=False):
        where = ".".join(str(p) for p in error["loc"]) or "(input)"
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = ("unknown key (expected one of: "
                       f"{', '.join(TriageInput.model_fields)})")
        elif error["type"] == "missing":
            message = "required key is missing"
        lines.append(f"{where}: {message}")
    return "invalid triage input: " + "; ".join(lines)


class Reason(BaseModel):
    """One rule that reached the answered level, with a plain-words explanation."""

    model_config = ConfigDict(frozen=True)

    rule: str
    because: str


class EvidenceRef(BaseModel):
    """A source behind a fired rule and how strong it is."""

    model_config = ConfigDict(frozen=True)

    source: str
    grade: str


class TriageResult(BaseModel):
    """The triage answer (spec/triage.md, "Output")."""

    model_config = ConfigDict(frozen=True)

    disposition: Disposition
    reasons: list[Reason]
    advice: str
    also_consider: list[str]
    evidence: list[EvidenceRef]
