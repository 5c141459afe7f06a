"""What a ranked cause looks like, and the plain-number sentences every cause check shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crampwise.engine.contrast import Contrast
from crampwise.engine.exposures import Exposures, SessionExposure

MIN_LISTED = 0.1
"""Below this a cause is treated as unsupported and left out."""


@dataclass
class CauseFinding:
    """One ranked cause: how confident, and the person's numbers behind it."""

    cause: str
    confidence: float
    evidence: list[str] = field(default_factory=list)
    strength: float = 0.0
    """Tie-breaker between equal confidences: the observed difference in shares."""
    exposure: Callable[[SessionExposure], bool | None] | None = field(default=None, repr=False)
    """For session causes: the yes/no exposure the confidence rests on."""


def pct(x: float) -> str:
    """A share as a whole percentage."""
    return f"{round(100 * x)} %"


def episode_word(ex: Exposures, n: int) -> str:
    """"cramp(s)" or "twitch episode(s)", whichever kind is analysed."""
    noun = "cramp" if ex.kind == "spasm" else "twitch episode"
    return noun if n == 1 else ("cramps" if ex.kind == "spasm" else "twitch episodes")


def contrast_line(ex: Exposures, con: Contrast, what: str, unit: str,
                  qualifier: str = "", link: str = "followed by") -> str:
    """ "<what> in a of n1 <unit>s followed by a cramp, vs c of n0 without (x % vs y %)"."""
    after = episode_word(ex, 1)
    return (f"{what} in {con.a} of {con.n1} {unit}s{qualifier} {link} a {after}, "
            f"vs {con.c} of {con.n0} without ({pct(con.share)} vs {pct(con.base)})")


