"""Which relief methods stopped this person's episodes, and how fast: personal data, not advice.

For each method listed in an episode's ``relief``: how many episodes it was tried in, in how many
of those self-care stopped the episode (``relieved``), and the median episode duration. When
several methods were tried together each gets the credit, which the output says.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from crampwise.domain.journal import Episode


@dataclass
class _Tally:
    tried: int = 0
    known: int = 0
    stopped: int = 0
    durations: list[float] = field(default_factory=list)


def relief_effectiveness(episodes: Iterable[Episode]) -> list[dict[str, object]]:
    """Per relief method: tried, stopped, share stopped and median duration (seconds)."""
    tallies: dict[str, _Tally] = {}
    for ep in episodes:
        for method in dict.fromkeys(ep.relief or []):
            t = tallies.setdefault(method, _Tally())
            t.tried += 1
            if ep.relieved is not None:
                t.known += 1
                t.stopped += bool(ep.relieved)
            if ep.duration_s is not None:
                t.durations.append(float(ep.duration_s))
    def order(item: tuple[str, _Tally]) -> tuple[float, int]:
        t = item[1]
        return (-(t.stopped / t.known) if t.known else 1.0, -t.tried)

    rows: list[dict[str, object]] = []
    for method, t in sorted(tallies.items(), key=order):
        rows.append({
            "method": method, "tried": t.tried, "outcome_known": t.known, "stopped": t.stopped,
            "stopped_pct": round(100 * t.stopped / t.known) if t.known else None,
            "median_duration_s": round(statistics.median(t.durations)) if t.durations else None,
        })
    return rows
