"""The cause ranking on journals the engine's author never saw (``blind_journals.py``).

Issue 6 bar, applied to an independent generator: the planted cause ranks first with confidence
>= 0.5 in >= 90 % of journals, and journals with no planted cause get no cause at 0.5 or more.
The journals go through the real path (JSON objects -> ``parse_entry`` -> ``analyze_entries``).
Run with ``-s`` to see the per-cause hit table.
"""
from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from crampwise.domain.journal import Profile
from crampwise.domain.parsing import parse_entry
from crampwise.services.insights import analyze_entries
from tests.engine.blind_journals import CAUSES, blind_journal

SEEDS = range(10)
NULL_SEEDS = range(20)


@cache
def _result(cause: str | None, seed: int) -> dict[str, Any]:
    journal = blind_journal(cause, seed)
    entries = [parse_entry(o) for o in journal.objects]
    profile = next((e for e in entries if isinstance(e, Profile)), None)
    return analyze_entries(entries, profile, journal.start, journal.stop)


def _top(result: dict[str, Any]) -> tuple[str, float] | None:
    causes = result["causes"]
    return (causes[0]["cause"], causes[0]["confidence"]) if causes else None


def _table() -> tuple[int, int, int]:
    """Print the per-cause hit table; (first with >= 0.5, first at any confidence, journals)."""
    lines, hits, first, total = [], 0, 0, 0
    for cause in CAUSES:
        got = []
        for seed in SEEDS:
            top = _top(_result(cause, seed))
            ok = top is not None and top[0] == cause and top[1] >= 0.5
            got.append("ok" if ok else f"{top[0]}:{top[1]:.2f}" if top else "none")
            hits += ok
            first += top is not None and top[0] == cause
            total += 1
        n = got.count("ok")
        lines.append(f"{cause:22s} {n:2d}/{len(got)}  " + " ".join(g for g in got if g != "ok"))
    print("\nblind journals, planted cause first with confidence >= 0.5 (misses: top cause):")
    print("\n".join(lines))
    print(f"overall {hits}/{total} = {hits / total:.0%}; planted cause first at any "
          f"confidence {first}/{total} = {first / total:.0%}")
    return hits, first, total


@pytest.mark.xfail(strict=True, reason=(
    "issue 6 bar not met on blind journals: 61/80 (76 %) first with >= 0.5 (2026-11-25). Most "
    "misses rank the planted cause first at 0.2-0.49 (6-12 planted episodes, a third of them "
    "without the data that shows the exposure); loosening the confidence raises null false "
    "alarms on both generators (measured), so it is left conservative"))
def test_planted_cause_first_with_confidence_on_blind_journals_meets_issue_bar() -> None:
    hits, _, total = _table()
    assert hits / total >= 0.9


def test_planted_cause_ranking_on_blind_journals() -> None:
    """What the engine does reach on blind journals (guards against a regression)."""
    hits, first, total = _table()
    assert first / total >= 0.9
    assert hits / total >= 0.75


def test_blind_null_journals_get_no_confident_cause() -> None:
    alarms = []
    for seed in NULL_SEEDS:
        result = _result(None, seed)
        loud = [(c["cause"], c["confidence"]) for c in result["causes"] if c["confidence"] >= 0.5]
        if loud:
            alarms.append((seed, result["episodes"], loud))
    print(f"\nblind null journals with a cause >= 0.5: {len(alarms)}/{len(NULL_SEEDS)} {alarms}")
    assert not alarms


def test_every_blind_journal_has_background_episodes() -> None:
    for seed in NULL_SEEDS:
        assert _result(None, seed)["episodes"] >= 2
