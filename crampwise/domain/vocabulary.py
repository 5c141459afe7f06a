"""The fixed names of the product (spec/vocabulary.md), loaded from knowledge data.

Input is matched case-insensitively, with aliases and simple plurals; anything else raises
``VocabularyError`` whose message lists the closest valid names, so a typo costs one retry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from crampwise.knowledge.base import read_toml


class VocabularyError(ValueError):
    """An input name that is not in the vocabulary; the message says what would be valid."""


@dataclass(frozen=True)
class Term:
    """One vocabulary list: canonical names in order, and every accepted spelling mapped to one."""

    what: str
    names: tuple[str, ...]
    lookup: dict[str, str]
    hints: dict[str, str]

    def canonical(self, value: str) -> str:
        exact = self.lookup.get(value)
        if exact is not None:
            return exact
        key = _normalise(value)
        if key in self.lookup:
            return self.lookup[key]
        if key in self.hints:
            raise VocabularyError(self.hints[key])
        close = [m[0] for m in process.extract(
            key, list(self.lookup), scorer=fuzz.ratio, limit=6, score_cutoff=70
        )]
        suggestions = list(dict.fromkeys(self.lookup[c] for c in close))[:3]
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        return _raise(
            f"unknown {self.what} {value!r}{hint} (expected one of: {', '.join(self.names)})"
        )


def _raise(message: str) -> str:
    raise VocabularyError(message)


def _normalise(value: str) -> str:
    return value.strip().lower().replace("-", "_").replace(" ", "_")


def _term(what: str, names: list[str], aliases: dict[str, list[str]] | None = None,
          hints: dict[str, str] | None = None) -> Term:
    lookup: dict[str, str] = {}
    for name in names:
        lookup[name] = name
        if not name.endswith("s"):
            lookup[name + "s"] = name
        for alias in (aliases or {}).get(name, []):
            lookup[_normalise(alias)] = name
    return Term(what, tuple(names), lookup, {k: v for k, v in (hints or {}).items()})


@cache
def _data() -> dict[str, Term]:
    raw = read_toml("vocabulary.toml")
    muscles = raw["muscles"]
    kinds = raw["kinds"]
    return {
        "muscle": _term("muscle", list(muscles), {k: v["aliases"] for k, v in muscles.items()},
                        raw["ambiguous"]),
        "kind": _term("episode kind", list(kinds), {k: v["aliases"] for k, v in kinds.items()}),
        "side": _term("side", raw["sides"]["names"]),
        "activity": _term("activity", raw["activities"]["names"]),
        "drink": _term("drink", list(raw["drinks"])),
        "relief": _term("relief method", raw["relief_methods"]["names"]),
        "cause": _term("cause", list(raw["causes"])),
        "disposition": _term("disposition", list(raw["dispositions"])),
        "flag": _term("red-flag key", list(raw["flags"])),
    }


def term(what: str) -> Term:
    """The vocabulary list called ``what`` (muscle, kind, side, activity, drink, relief, ...)."""
    return _data()[what]


def canonical_muscle(value: str) -> str:
    return term("muscle").canonical(value)


def canonical_kind(value: str) -> str:
    return term("kind").canonical(value)


def canonical_activity(value: str) -> str:
    return term("activity").canonical(value)


def canonical_drink(value: str) -> str:
    return term("drink").canonical(value)


def canonical_relief(value: str) -> str:
    return term("relief").canonical(value)


def canonical_side(value: str) -> str:
    return term("side").canonical(value)


MUSCLES: tuple[str, ...] = term("muscle").names
ACTIVITIES: tuple[str, ...] = term("activity").names
DRINKS: tuple[str, ...] = term("drink").names
RELIEF_METHODS: tuple[str, ...] = term("relief").names
CAUSES: tuple[str, ...] = term("cause").names
DISPOSITIONS: tuple[str, ...] = term("disposition").names  # most urgent first
FLAGS: tuple[str, ...] = term("flag").names
SIDES: tuple[str, ...] = term("side").names
KINDS: tuple[str, ...] = term("kind").names


def muscle_region(muscle: str) -> str:
    return str(read_toml("vocabulary.toml")["muscles"][muscle]["region"])


def muscle_label(muscle: str) -> str:
    return str(read_toml("vocabulary.toml")["muscles"][muscle]["label"])


def drink_sodium_mg_per_l(drink: str) -> float:
    return float(read_toml("vocabulary.toml")["drinks"][drink]["sodium_mg_per_l"])


def flag_label(flag: str) -> str:
    return str(read_toml("vocabulary.toml")["flags"][flag])


def disposition_label(disposition: str) -> str:
    return str(read_toml("vocabulary.toml")["dispositions"][disposition])


def cause_label(cause: str) -> str:
    return str(read_toml("vocabulary.toml")["causes"][cause])
