"""The cause ranking on journals written by examiners who never read the engine.

Three independent generators, each written blind from spec/journal.md, spec/vocabulary.md and
research/evidence.md only, by a separate session:

- ``blind_journals`` (A, 2026-11-25): used since to tune the engine, so no longer unseen;
- ``blind_journals_b`` (B, 2026-12-01): measured once unseen (75 % first with >= 0.5, 0 null
  alarms); its per-cause table was then looked at while fixing the medicine-rate check;
- ``blind_journals_c`` (C, 2026-12-01): written while the engine was being changed and never
  opened; measured unseen at 70/80 (88 %) first with >= 0.5 and one null journal of 20 with a
  cause at 0.52, and again (unchanged) after the one later change, the nutrient lines that B's
  table suggested. Only its totals have been looked at.

Issue 6 bar: the planted cause ranks first with confidence >= 0.5 in >= 90 % of journals, and
journals with no planted cause get no cause at 0.5 or more. The journals go through the real
path (JSON objects -> ``parse_entry`` -> ``analyze_entries``). Run with ``-s`` to see the
per-cause hit tables.
"""
from __future__ import annotations

import importlib
from functools import cache
from typing import Any

import pytest

from crampwise.domain.journal import Profile
from crampwise.domain.parsing import parse_entry
from crampwise.services.insights import analyze_entries

SEEDS = range(10)
NULL_SEEDS = range(20)
GENERATORS = ("blind_journals", "blind_journals_b", "blind_journals_c")
#: what each generator reaches now (planted first with >= 0.5), guarded against regressions
REACHED = {"blind_journals": 0.84, "blind_journals_b": 0.84, "blind_journals_c": 0.86}
#: null journals with a cause at 0.5 or more, as measured (the bar is none)
NULL_ALARMS = {"blind_journals": 0, "blind_journals_b": 0, "blind_journals_c": 1}


@cache
def _module(name: str) -> Any:
    return importlib.import_module(f"tests.engine.{name}")


@cache
def _result(generator: str, cause: str | None, seed: int) -> dict[str, Any]:
    journal = _module(generator).blind_journal(cause, seed)
    entries = [parse_entry(o) for o in journal.objects]
    profile = next((e for e in entries if isinstance(e, Profile)), None)
    return analyze_entries(entries, profile, journal.start, journal.stop)


def _top(result: dict[str, Any]) -> tuple[str, float] | None:
    causes = result["causes"]
    return (causes[0]["cause"], causes[0]["confidence"]) if causes else None


@cache
def _table(generator: str) -> tuple[int, int, int]:
    """Print the per-cause hit table; (first with >= 0.5, first at any confidence, journals)."""
    lines, hits, first, total = [], 0, 0, 0
    for cause in _module(generator).CAUSES:
        got = []
        for seed in SEEDS:
            top = _top(_result(generator, cause, seed))
            ok = top is not None and top[0] == cause and top[1] >= 0.5
            got.append("ok" if ok else f"{top[0]}:{top[1]:.2f}" if top else "none")
            hits += ok
            first += top is not None and top[0] == cause
            total += 1
        n = got.count("ok")
        lines.append(f"{cause:22s} {n:2d}/{len(got)}  " + " ".join(g for g in got if g != "ok"))
    print(f"\n{generator}: planted cause first with confidence >= 0.5 (misses: top cause):")
    print("\n".join(lines))
    print(f"overall {hits}/{total} = {hits / total:.0%}; planted cause first at any "
          f"confidence {first}/{total} = {first / total:.0%}")
    return hits, first, total


@pytest.mark.xfail(strict=True, reason=(
    "issue 6 bar not met on blind journals (2026-12-01): A 68/80 (85 %), B 68/80 (85 %), unseen "
    "C 70/80 (88 %) first with >= 0.5; null alarms 0, 0 and 1 of 20. The misses are mostly "
    "causes whose exposures travel together in the examiners' journals (long sessions: "
    "fatigue vs sodium loss; load blocks vs hard sessions) and planted links shown by only 3 "
    "logged episodes, which stay below 0.5 by design"))
def test_planted_cause_first_with_confidence_on_blind_journals_meets_issue_bar() -> None:
    tables = [_table(g) for g in GENERATORS]
    assert all(hits / total >= 0.9 for hits, _, total in tables)
    assert not any(_alarms(g) for g in GENERATORS)


@pytest.mark.parametrize("generator", GENERATORS)
def test_planted_cause_ranking_on_blind_journals(generator: str) -> None:
    """What the engine does reach on each blind generator (guards against a regression)."""
    hits, first, total = _table(generator)
    assert hits / total >= REACHED[generator]
    assert first / total >= 0.85


@cache
def _alarms(generator: str) -> list[tuple[int, int, list[tuple[str, float]]]]:
    alarms = []
    for seed in NULL_SEEDS:
        result = _result(generator, None, seed)
        loud = [(c["cause"], c["confidence"]) for c in result["causes"] if c["confidence"] >= 0.5]
        if loud:
            alarms.append((seed, result["episodes"], loud))
    print(f"\n{generator} null journals with a cause >= 0.5: {len(alarms)}/{len(NULL_SEEDS)} "
          f"{alarms}")
    return alarms


@pytest.mark.parametrize("generator", GENERATORS)
def test_blind_null_journals_stay_quiet(generator: str) -> None:
    """No more null-journal alarms than measured (none on A and B; one at 0.52 on C)."""
    assert len(_alarms(generator)) <= NULL_ALARMS[generator]


@pytest.mark.parametrize("generator", GENERATORS)
def test_every_blind_null_journal_has_background_cramps(generator: str) -> None:
    """Quiet null journals mean something only if they hold cramps to explain."""
    counts = [_result(generator, None, seed)["episodes"] for seed in NULL_SEEDS]
    assert min(counts) >= 1 and sum(counts) >= 2 * len(counts)
