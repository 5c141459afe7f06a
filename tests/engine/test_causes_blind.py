"""The cause ranking on journals written by examiners who never read the engine.

Thirty-four independent generators, each written blind from spec/journal.md, spec/vocabulary.md and
research/evidence.md only, by a separate session that did not read the engine. How each was used
(the first measurement of each was unseen; the session-3 starting engine is commit 4affe73):

- A (``blind_journals``, 2026-11-25) and B (``blind_journals_b``): tuned on since.
- C: its totals were looked at after each session-3 change, never its tables.
- D: unseen 63/80, then used to choose changes (tables read).
- E: unseen 65/80 after the first session-3 changes, then used to choose the intake window.
- F: unseen 58/80 with 1 null alarm after the session's first three changes (start: 59/80).
- G, H: unseen 61/80 (3 null alarms) and 69/80, the same as the starting engine; then G's
  null alarms led to the calcium cap and H's table to "no rest day at the usual load".
- I: unseen 68/80 (start: 67/80), then seen when "twice the usual" was chosen.
- J (``blind_journals_j``): written after every change and measured once, unseen: 70/80 (88 %)
  with 1 null alarm of 20; the starting engine gives 71/80 and the same alarm.
- K, L (session 4, 2026-12-01, written before any engine change of the session): unseen 63/80
  (79 %, 4 null alarms, all "same muscle the day before") and 66/80 (82 %, none). K's alarms led
  to "unknown when the day before has no muscles logged", and both generators' nutrient misses
  (2 and 3 of 10) to the 4-week window (``engine.health_causes.WINDOWS``).
- M, N (written after those two changes, measured once): 76/80 (95 %) and 74/80 (92.5 %), the
  same as the session's starting engine; M showed 1 null alarm (calcium over 4 weeks of days)
  where the starting engine had none, N 1 (numbness ticked with background cramps: nerve
  compression, a referral by design) as before. M's alarm led to comparing weeks rather than
  days in the 4-week window and to leaving calcium out of it, so M and N are seen since.
- O-V (session 5, 2026-12-01; eight helper sessions, each given a kind of person: an older
  swimmer logging by hand, shift workers and soldiers, a teenager logged by a parent, a racket
  player in the tropics, a temperate road cyclist, a couch-to-5k beginner, strength athletes,
  multi-day hikers), written before any change of the session and measured once on the
  session's starting engine (e945042): 65, 47, 39, 46, 54, 48, 63 and 62 of 80 (424 of 640,
  66 %), null alarms 2, 2, 1, 1, 0, 0, 0, 1. R's table (every outdoor session over the 27 °C
  caution line) led to also trying the higher NWS heat-index lines (``causes.HEAT_LINES_C``),
  Q's (no reference intakes under 19, so a teenager's diet was never assessed) to the 14-18
  DRI bands; after both: 65, 51, 50, 50, 54, 48, 63, 62 (443), none lower. Counting the day's
  load so far in "unusually long or hard" (Q's tournament days) gained 5 on Q but lost 5 on O
  and added null alarms on G and K, so it was dropped.
- W-Z (four more helper sessions, written while the two changes above were made: a club
  footballer, a bike commuter, a masters swimmer, a physical worker in the heat), measured
  once: 53, 63, 64 and 51 of 80 on e945042 (231 of 320, 72 %), 53, 63, 64, 54 after the two
  changes; null alarms 0, 2, 2 and 14. Z's 14 (people who simply eat poorly) led to keeping a
  low diet alone below 0.5 for every mineral, not only calcium (``LOW_DIET_CAP``, evidence.md
  §2.6): Z 0 null alarms and O 2 -> 0, at a cost of 10 planted journals whose only sign was a
  steady low diet (B 1, C 5, Q 2, Z 2). The project's own scenarios now plant a low-diet phase
  instead of a steady low diet, which data cannot tell from a poor diet without an effect.

- AA-AH (session 6, 2026-12-02; eight helper sessions: a dancer in a company, a lightweight
  rower who weighs in, an older walker or golfer on several medicines, a tennis player in a
  desert climate, a combat-sport athlete cutting weight, a nurse or warehouse worker walking
  12-hour shifts, a college team player logged by staff, a trail runner at altitude), written
  before any change of the session and measured once on its starting engine (5eeffa0): 61, 61,
  49, 47, 72, 53, 68 and 61 of 80 (472 of 640, 74 %), null alarms 0, 0, 0, 2, 0, 0, 1, 0. Two
  changes were then tried on all 34 and dropped: estimating sodium loss at the 55 mmol/L of
  cramp-prone players as well as the 35 mmol/L average (electrolyte loss +19, but fatigue -9,
  heat -3, dehydration -2 and 2 more null alarms: +5 in all), and letting the narrower of two
  session causes win when every episode session had both (-2). These numbers are unseen ones;
  the tables have been read since. One change was then kept for what it means to users, not for
  the score: a session without an RPE takes the median RPE of the person's sessions of the same
  activity (``exposures._loads``), so a 12-hour shift logged as an unrated walk is not counted
  like a run: 2127 -> 2126 of 2720 (AF, the shift worker, +1; I, P, Y, AC +1 to +2; C, D, F,
  G, J -1; O -2; W first at any confidence 66 -> 65 of 80), null alarms unchanged.

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
GENERATORS = tuple(f"blind_journals{suffix}" for suffix in
                   ("", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m",
                    "_n", "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y",
                    "_z", "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah"))
#: what each generator reaches now (planted first with >= 0.5), guarded against regressions
REACHED = {"blind_journals": 0.9, "blind_journals_b": 0.8875, "blind_journals_c": 0.8,
           "blind_journals_d": 0.8375, "blind_journals_e": 0.8625, "blind_journals_f": 0.725,
           "blind_journals_g": 0.7875, "blind_journals_h": 0.9125, "blind_journals_i": 0.9,
           "blind_journals_j": 0.9, "blind_journals_k": 0.8875, "blind_journals_l": 0.8625,
           "blind_journals_m": 0.975, "blind_journals_n": 0.9375, "blind_journals_o": 0.8,
           "blind_journals_p": 0.6625, "blind_journals_q": 0.6, "blind_journals_r": 0.625,
           "blind_journals_s": 0.675, "blind_journals_t": 0.6, "blind_journals_u": 0.7875,
           "blind_journals_v": 0.775, "blind_journals_w": 0.6625,
           "blind_journals_x": 0.7875, "blind_journals_y": 0.8125, "blind_journals_z": 0.6875,
           "blind_journals_aa": 0.7625, "blind_journals_ab": 0.7625, "blind_journals_ac": 0.625,
           "blind_journals_ad": 0.5875, "blind_journals_ae": 0.9, "blind_journals_af": 0.675,
           "blind_journals_ag": 0.85, "blind_journals_ah": 0.7625}
#: planted cause first at any confidence, where it is under 85 % (as measured; one journal
#: below it where it was measured before the last change of the session)
FIRST = {"blind_journals_f": 0.8, "blind_journals_p": 0.6375, "blind_journals_q": 0.775,
         "blind_journals_r": 0.6875, "blind_journals_s": 0.7375, "blind_journals_t": 0.7125,
         "blind_journals_w": 0.8125, "blind_journals_x": 0.8, "blind_journals_z": 0.7375,
         "blind_journals_aa": 0.775, "blind_journals_ab": 0.8, "blind_journals_ac": 0.8125,
         "blind_journals_ad": 0.75, "blind_journals_af": 0.7875, "blind_journals_ah": 0.825}
#: null journals with a cause at 0.5 or more, as measured (the bar is none)
NULL_ALARMS = {"blind_journals": 0, "blind_journals_b": 0, "blind_journals_c": 1,
               "blind_journals_d": 0, "blind_journals_e": 0, "blind_journals_f": 0,
               "blind_journals_g": 1, "blind_journals_h": 0, "blind_journals_i": 0,
               "blind_journals_j": 1, "blind_journals_k": 4, "blind_journals_l": 0,
               "blind_journals_m": 0, "blind_journals_n": 1, "blind_journals_o": 0,
               "blind_journals_p": 2, "blind_journals_q": 1, "blind_journals_r": 1,
               "blind_journals_s": 0, "blind_journals_t": 0, "blind_journals_u": 0,
               "blind_journals_v": 1, "blind_journals_w": 0,
               "blind_journals_x": 2, "blind_journals_y": 2, "blind_journals_z": 0,
               "blind_journals_aa": 0, "blind_journals_ab": 0, "blind_journals_ac": 0,
               "blind_journals_ad": 2, "blind_journals_ae": 0, "blind_journals_af": 0,
               "blind_journals_ag": 1, "blind_journals_ah": 0}


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
    "issue 6 bar not met on blind journals (2026-12-02, session 6): first with >= 0.5 on the "
    "34 generators 2126 of 2720 (78 %); the 20 written in sessions 5 and 6 scored 655 of 960 "
    "and 472 of 640 (68 % and 74 %) when first measured unseen; null alarms 20 of 680. On "
    "AA-AH the planted cause reaches 0.5 at all (any rank) in 502 of 640 (78 %): most misses "
    "are links too weak in the logged data (long low-intake phases that cover most of the "
    "journal, medicines that raise the rate by 1.5-2.5 times, sleep links seen on a handful "
    "of nights), then causes whose exposures travel together (long sessions: fatigue vs "
    "sodium loss vs body-mass loss), and sodium losses the engine can only estimate"))
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
