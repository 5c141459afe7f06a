"""The cause ranking on journals written by examiners who never read the engine.

Nine independent generators, each written blind from spec/journal.md, spec/vocabulary.md and
research/evidence.md only, by a separate session that did not read the engine:

- ``blind_journals`` (A, 2026-11-25) and ``blind_journals_b`` (B, 2026-12-01): used since to
  tune the engine, so no longer unseen;
- ``blind_journals_c`` (C, 2026-12-01): its totals were looked at after each change of the
  third session (never its tables);
- ``blind_journals_d`` (D, 2026-12-01, third session): measured unseen at 63/80 (79 %), then
  used to choose between changes (its tables were read);
- ``blind_journals_e`` (E, same day): measured unseen at 65/80 (81 %) after the changes, then
  its table was read while choosing the 10-day intake window;
- ``blind_journals_f`` (F, same day): written after the last cause-ranking change and measured
  once, unseen: 58/80 (72 %) with one null alarm (the engine at the start of that session:
  59/80, no alarm). Its table was read afterwards;
- ``blind_journals_g`` and ``blind_journals_h`` (G, H, same day): written while only a
  refactor and the measured-sweat-sodium option (which these journals do not use) went in,
  measured once unseen: G 61/80 (76 %) with 3 null alarms, H 69/80 (86 %) with none; the
  engine at the start of the session gives exactly the same. G's null alarms then led to one
  change (a low calcium diet alone stays below 0.5), after which G has 1 null alarm of 20;
  H's table then led to "no rest day" counting for fatigue only at the usual load (H 70/80);
- ``blind_journals_i`` (I, same day): written after every change above and measured once
  unseen: 68/80 (85 %), no null alarm of 20 (1 of 40); the session's starting engine: 67/80.

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
GENERATORS = ("blind_journals", "blind_journals_b", "blind_journals_c", "blind_journals_d",
              "blind_journals_e", "blind_journals_f", "blind_journals_g", "blind_journals_h",
              "blind_journals_i")
#: what each generator reaches now (planted first with >= 0.5), guarded against regressions
REACHED = {"blind_journals": 0.8875, "blind_journals_b": 0.875, "blind_journals_c": 0.875,
           "blind_journals_d": 0.85, "blind_journals_e": 0.825, "blind_journals_f": 0.725,
           "blind_journals_g": 0.7625, "blind_journals_h": 0.875,
           "blind_journals_i": 0.85}
#: planted cause first at any confidence, where it is under 85 % (F 66/80, G 65/80)
FIRST = {"blind_journals_f": 0.8, "blind_journals_g": 0.8}
#: null journals with a cause at 0.5 or more, as measured (the bar is none)
NULL_ALARMS = {"blind_journals": 0, "blind_journals_b": 0, "blind_journals_c": 1,
               "blind_journals_d": 0, "blind_journals_e": 0, "blind_journals_f": 1,
               "blind_journals_g": 1, "blind_journals_h": 0,
               "blind_journals_i": 0}


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
    "issue 6 bar not met on blind journals (2026-12-01): first with >= 0.5 on A 71/80, B 70/80, "
    "C 70/80, D 68/80, E 66/80, H 70/80 and, unseen when measured, F 58/80 (72 %), G 61/80 "
    "(76 %), H 69/80 (86 %); null alarms 0, 0, 1, 0, 0, 1, 1 (3 unseen), 0 of 20. The misses are "
    "mostly causes whose exposures travel together in the examiners' journals (long "
    "sessions: fatigue vs sodium loss; load blocks vs hard sessions), sodium losses the engine "
    "can only estimate "
    "(salty sweaters without a measured sweat sodium), and links shown by only 3 logged "
    "episodes, which stay below 0.5 by design"))
def test_planted_cause_first_with_confidence_on_blind_journals_meets_issue_bar() -> None:
    tables = [_table(g) for g in GENERATORS]
    assert all(hits / total >= 0.9 for hits, _, total in tables)
    assert not any(_alarms(g) for g in GENERATORS)


@pytest.mark.parametrize("generator", GENERATORS)
def test_planted_cause_ranking_on_blind_journals(generator: str) -> None:
    """What the engine does reach on each blind generator (guards against a regression)."""
    hits, first, total = _table(generator)
    assert hits / total >= REACHED[generator]
    assert first / total >= FIRST.get(generator, 0.85)


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
    """No more null-journal alarms than measured (see ``NULL_ALARMS``; the bar is none)."""
    assert len(_alarms(generator)) <= NULL_ALARMS[generator]


@pytest.mark.parametrize("generator", GENERATORS)
def test_every_blind_null_journal_has_background_cramps(generator: str) -> None:
    """Quiet null journals mean something only if they hold cramps to explain."""
    counts = [_result(generator, None, seed)["episodes"] for seed in NULL_SEEDS]
    assert min(counts) >= 1 and sum(counts) >= 2 * len(counts)
