"""The statistics behind a cause's confidence: is an exposure commoner before episodes?

A cause is supported when its exposure is present before episodes *and* rarer in comparable
units (sessions or days) that no episode followed. With few episodes chance alone makes such
differences, so the share before episodes is shrunk towards the person's own base rate (a
Beta prior worth ``PRIOR_UNITS`` units centred on that rate) and the confidence is the posterior
probability that the share before episodes exceeds the base rate by at least ``MARGIN``
(normal approximation of the two Beta posteriors). With many episodes and a clear difference it
tends to 1; with none or few it stays low. A link seen before fewer than ``MIN_LIKELY_EXPOSED``
episodes stays below 0.5 whatever the contrast: with ten causes and several lines checked, a
journal with no real trigger often shows three coincidences somewhere (measured on the blind
null journals, where every chance finding of 0.2 or more rested on two or three episodes). For
rates over time (a medicine started) the same idea is applied to the episode rate ratio.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K")

MARGIN = 0.2
"""How much commoner before episodes an exposure must be (absolute share) to count."""
PRIOR_UNITS = 7.0
MIN_EPISODE_UNITS = 3
MIN_OTHER_UNITS = 5
RATE_RATIO_MARGIN = 1.5
"""Rise in the episode rate after a change that counts as a contribution (half as many again)."""
RATE_PRIOR_EPISODES = 6.0
MIN_EXPECTED_BEFORE = 2.5
MIN_LIKELY_EXPOSED = 4
"""Exposed episode units needed before a link can read "more likely than not" (see
``Contrast.confidence``)."""
BELOW_MIN_CAP = 0.45


def normal_cdf(z: float) -> float:
    """Standard normal cumulative distribution."""
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


@dataclass(frozen=True)
class Contrast:
    """Exposed units among units followed by an episode (a of n1) and among the others (c of n0)."""

    a: int
    n1: int
    c: int
    n0: int

    @property
    def enough(self) -> bool:
        """Enough units on both sides to compare at all."""
        return self.n1 >= MIN_EPISODE_UNITS and self.n0 >= MIN_OTHER_UNITS

    @property
    def share(self) -> float:
        """Observed share of episode units exposed."""
        return self.a / self.n1 if self.n1 else 0.0

    @property
    def base(self) -> float:
        """Observed share of the other units exposed."""
        return self.c / self.n0 if self.n0 else 0.0

    @property
    def lift(self) -> float:
        """Observed difference in shares."""
        return self.share - self.base

    @property
    def confidence(self) -> float:
        """Posterior probability that the exposure is commoner before episodes by >= MARGIN."""
        if not self.enough or self.a == 0:
            return 0.0
        p0 = (self.c + 0.5) / (self.n0 + 1.0)
        a1 = self.a + PRIOR_UNITS * p0
        b1 = self.n1 - self.a + PRIOR_UNITS * (1.0 - p0)
        a0 = self.c + 0.5
        b0 = self.n0 - self.c + 0.5
        m1, m0 = a1 / (a1 + b1), a0 / (a0 + b0)
        v1 = m1 * (1 - m1) / (a1 + b1 + 1)
        v0 = m0 * (1 - m0) / (a0 + b0 + 1)
        conf = normal_cdf((m1 - m0 - MARGIN) / math.sqrt(v1 + v0))
        if self.a < MIN_LIKELY_EXPOSED:
            conf = min(conf, BELOW_MIN_CAP)
        return conf


def count(pairs: list[tuple[bool | None, bool]]) -> Contrast:
    """Build a contrast from (exposed or None, followed by an episode) per unit."""
    a = n1 = c = n0 = 0
    for exposed, episode in pairs:
        if exposed is None:
            continue
        if episode:
            n1 += 1
            a += exposed
        else:
            n0 += 1
            c += exposed
    return Contrast(a, n1, c, n0)


def best_line(candidates: Iterable[tuple[K, Contrast]]) -> tuple[K, Contrast] | None:
    """Of several lines tried for one exposure, the one whose contrast is comparable and most
    confident (the first on a tie); None when no line has enough units on both sides."""
    best: tuple[K, Contrast] | None = None
    for key, con in candidates:
        if con.enough and (best is None or con.confidence > best[1].confidence):
            best = (key, con)
    return best


@dataclass(frozen=True)
class RateContrast:
    """Episodes and days before and after a change (e.g. starting a medicine)."""

    before: int
    days_before: int
    after: int
    days_after: int
    dispersion: float = 1.0
    """Variance/mean of episode counts over time (>= 1): widens the uncertainty when episodes
    come in clusters rather than at a steady rate."""

    @property
    def enough(self) -> bool:
        """Two weeks on each side, and a before-period long enough that, at the journal's overall
        rate, at least 2.5 episodes would be expected in it (else "none before" means little)."""
        total = self.before + self.after
        days = self.days_before + self.days_after
        expected_before = total * self.days_before / days if days else 0.0
        return (self.days_before >= 14 and self.days_after >= 14
                and expected_before >= MIN_EXPECTED_BEFORE)

    @property
    def ratio(self) -> float:
        """Observed rate after / rate before (with half an episode added to each)."""
        return ((self.after + 0.5) / self.days_after) / ((self.before + 0.5) / self.days_before)

    @property
    def confidence(self) -> float:
        """Posterior probability that episodes became at least 1.5 times as frequent."""
        if not self.enough or self.after == 0:
            return 0.0
        total = self.days_before + self.days_after
        a = self.after + RATE_PRIOR_EPISODES * self.days_after / total
        b = self.before + RATE_PRIOR_EPISODES * self.days_before / total
        log_rr = math.log((a / self.days_after) / (b / self.days_before))
        se = math.sqrt((1.0 / a + 1.0 / b) * max(1.0, self.dispersion))
        return normal_cdf((log_rr - math.log(RATE_RATIO_MARGIN)) / se)
