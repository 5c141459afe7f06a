"""Rank the ten causes of vocabulary.md from one person's exposures, with evidence in plain numbers.

Each data-driven cause compares how often its exposure came before episodes with how often it
came in the person's own sessions or days that no episode followed (``engine.contrast``). The
flag-driven causes (poor circulation, nerve compression) rest on what the person reported with
each episode and always send them to a doctor. Nutrient intake is compared with reference
intakes (a screening line, not a diagnosis). A medicine counts when it is a cramp-linked class
and episodes became more frequent after it was started. A cause with no support is left out;
what could not be assessed is named in ``data_gaps``.

Confidence is in 0-1; >= 0.5 reads "more likely than not a contributor".
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable
from functools import partial

from crampwise.domain.vocabulary import muscle_label
from crampwise.engine import hydration, nutrition
from crampwise.engine.contrast import MIN_EPISODE_UNITS, Contrast, best_line, count
from crampwise.engine.exposures import (
    SHORT_SLEEP_H,
    Exposures,
    SessionExposure,
)
from crampwise.engine.findings import (
    MIN_LISTED,
    CauseFinding,
    contrast_line,
    episode_word,
)
from crampwise.engine.health_causes import flags_cause, medication_cause, nutrient_cause

__all__ = ["CauseFinding", "rank_causes"]

SODIUM_LINES_MG = (1000.0, 1500.0, 2000.0, 3000.0)
"""Unreplaced sodium lines tried (about 1, 2 and 3 typical hours of sweat sodium, evidence.md
§4.2); the person's own data pick the one that separates their episodes best."""
LOAD_LINES = (1.5, 1.8)
"""Jumps in weekly load looked for; not validated cramp thresholds (evidence.md §4.6, §7.2)."""
HEAT_LINES_C = (hydration.HEAT_INDEX_CAUTION_C, hydration.HEAT_INDEX_EXTREME_CAUTION_C,
                hydration.HEAT_INDEX_DANGER_C)
"""The NWS heat-index categories (caution, extreme caution, danger) tried as lines: someone who
lives in the tropics plays nearly every outdoor session over the caution line, so only a higher
one can separate their hot days from their usual ones."""
SLEEP_SHORT_BY_H = (SHORT_SLEEP_H, 2.0)
"""Nights this much shorter than the person's usual count as short; both lines are tried."""
UNUSUAL = "longer or harder than 85 % of your sessions or twice your usual for that activity"
"""How the evidence names ``SessionExposure.unusual``."""


def _muscles(sessions: list[SessionExposure]) -> str:
    """ " (mostly calf)" for the muscle that cramped most often after these sessions."""
    counts: dict[str, int] = {}
    for s in sessions:
        for ep in s.episodes:
            counts[ep.muscle] = counts.get(ep.muscle, 0) + 1
    if not counts:
        return ""
    muscle = max(counts, key=lambda m: counts[m])
    return f" (mostly {muscle_label(muscle).lower()})"


def _session_pairs(ex: Exposures, test: Callable[[SessionExposure], bool | None]
                   ) -> list[tuple[bool | None, bool]]:
    return [(test(s), bool(s.episodes)) for s in ex.sessions]


SessionTest = Callable[[SessionExposure], bool | None]


def _best_session_line(ex: Exposures, lines: tuple[float, ...],
                       test: Callable[[float], SessionTest]
                       ) -> tuple[float, Contrast, SessionTest] | None:
    """Of the lines tried for one session exposure, the one that separates this person's
    episodes best (``contrast.best_line``), with its contrast and its per-session test."""
    best = best_line((line, count(_session_pairs(ex, test(line)))) for line in lines)
    return None if best is None else (best[0], best[1], test(best[0]))


def _finding(cause: str, con: Contrast, lines: list[str],
             exposure: Callable[[SessionExposure], bool | None] | None = None
             ) -> CauseFinding | None:
    conf = con.confidence
    if conf < MIN_LISTED or con.lift <= 0:
        return None
    return CauseFinding(cause, conf, lines, con.lift, exposure)


def _dehydration(ex: Exposures, gaps: list[str]) -> CauseFinding | None:
    con = count(_session_pairs(ex, SessionExposure.dehydrated))
    if not con.enough:
        gaps.append("too few workouts weighed before and after (body_mass pre_workout / "
                    "post_workout): dehydration cannot be assessed" if con.n1 + con.n0 else
                    "no body mass around workouts: dehydration cannot be assessed")
        return None
    exposed = [s for s in ex.sessions if s.episodes and s.dehydrated()]
    lines = [contrast_line(ex, con, "lost more than 2 % of body mass", "session",
                            " with a known fluid loss")]
    if exposed:
        losses = [s.mass_loss_pct if s.mass_loss_pct is not None else s.est_mass_loss_pct or 0.0
                  for s in exposed]
        minutes = statistics.median(s.workout.duration_min for s in exposed)
        lines.insert(0, f"lost {statistics.median(losses):.1f} % body mass (median) in the "
                     f"~{minutes:.0f}-min sessions before {len(exposed)} of {con.n1} "
                     f"{episode_word(ex, 2)}{_muscles(exposed)}")
    return _finding("dehydration", con, lines, SessionExposure.dehydrated)


def _electrolytes(ex: Exposures, gaps: list[str]) -> CauseFinding | None:
    if not ex.logs_fluids:
        gaps.append("no drinks logged: sodium balance during workouts cannot be assessed")
        return None
    if not ex.sweat_history:
        gaps.append("no sweat test yet: sodium loss is estimated from a population-average "
                    "sweat rate (run crampwise sweat-test)")
    measured = ex.sweat_sodium_mmol_l
    if measured is None:
        gaps.append("no measured sweat sodium: the average (35 mmol/L) is assumed, while salty "
                    "sweaters lose up to twice as much (a sweat-patch test measures it; add "
                    "sweat_sodium_mmol_l to your profile)")
    best = _best_session_line(ex, SODIUM_LINES_MG, lambda line: partial(
        SessionExposure.sodium_unreplaced, line_mg=line))
    if best is None:
        return None
    line, con, exposure = best
    deficits = [s.sodium_deficit_mg or 0.0 for s in ex.sessions if s.episodes and exposure(s)]
    lines = [contrast_line(ex, con, f"sweat sodium loss over {line:,.0f} mg (estimated), less "
                            "than half replaced, while drinking mostly low-sodium fluid",
                            "session")]
    if deficits:
        lines.insert(0, f"about {round(statistics.median(deficits), -2):,.0f} mg of sodium not "
                     "replaced in a typical session before an episode (sweat at "
                     f"{measured if measured is not None else 35:g} mmol/L"
                     f"{', measured' if measured is not None else ''})")
    return _finding("electrolyte_loss", con, lines, exposure)


def _heat(ex: Exposures, gaps: list[str]) -> CauseFinding | None:
    best = _best_session_line(ex, HEAT_LINES_C, lambda line: partial(
        SessionExposure.hot, line_c=line))
    if best is None:
        gaps.append("too few workouts with a temperature: heat cannot be assessed")
        return None
    line, con, exposure = best
    hot = [s.heat_index_c for s in ex.sessions
           if s.episodes and exposure(s) and s.heat_index_c is not None]
    lines = [contrast_line(ex, con, f"heat index of {line:.0f} °C or more", "session")]
    if hot:
        lines.insert(0, f"median heat index {statistics.median(hot):.0f} °C in the hot "
                     "sessions before episodes")
    return _finding("heat", con, lines, exposure)


def _fatigue(ex: Exposures, gaps: list[str]) -> CauseFinding | None:
    unusual = count(_session_pairs(ex, SessionExposure.unusual))
    recovery = count(_session_pairs(ex, SessionExposure.same_muscle_consecutive))
    no_rest = count(_session_pairs(ex, SessionExposure.no_rest_at_usual_load))
    strained = count(_session_pairs(ex, SessionExposure.strained))
    best: CauseFinding | None = None
    for con, what, fn in (
            (strained, f"{UNUSUAL}, or the same muscle group trained the day before",
             SessionExposure.strained),
            (unusual, UNUSUAL, SessionExposure.unusual),
            (recovery, "the same muscle group trained the day before",
             SessionExposure.same_muscle_consecutive),
            (no_rest, "no rest day in the 7 days up to it, at your usual load",
             SessionExposure.no_rest_at_usual_load)):
        found = _finding("muscle_fatigue", con, [contrast_line(ex, con, what, "session")], fn)
        if found and (best is None or found.confidence > best.confidence):
            if best is not None:
                found.evidence += best.evidence
            best = found
        elif found and best is not None:
            best.evidence += found.evidence
    if not unusual.enough:
        gaps.append("too few workouts with episodes after them to compare sessions")
    return best


def _load_spike(ex: Exposures, gaps: list[str]) -> CauseFinding | None:
    best = _best_session_line(ex, LOAD_LINES, lambda line: partial(
        SessionExposure.load_spike, line=line))
    if best is None:
        gaps.append("less than 4 weeks of workouts before most episodes: training-load jumps "
                    "cannot be assessed")
        return None
    line, con, exposure = best
    ratios = [r for s in ex.sessions if s.episodes and exposure(s)
              for r in (s.acwr_uncoupled, s.acwr_week) if r is not None]
    lines = [contrast_line(ex, con, f"the last 7 days' (or that training week's) load over "
                            f"{line:g} times your usual weekly load before it", "session")]
    if ratios:
        lines.insert(0, f"training load in the week of these episodes was up to "
                     f"{max(ratios):.1f} times your usual weekly load (the ratio is a rough sign "
                     "of a sudden jump, not a proven cramp predictor)")
    return _finding("training_load_spike", con, lines, exposure)


def _sleep(ex: Exposures, gaps: list[str]) -> CauseFinding | None:
    usual = ex.usual_sleep_h
    if usual is None:
        gaps.append("no sleep recorded" if not ex.sleep_by_wake_day else
                    "fewer than 7 nights of sleep recorded: sleep cannot be assessed")
        return None
    ep_days: dict[dt.date, float | None] = {}
    for w in ex.episodes:
        ep_days.setdefault(w.date, w.sleep_h)

    def short_at(line: float) -> Contrast:
        pairs: list[tuple[bool | None, bool]] = [
            (None if h is None else h <= line, True) for h in ep_days.values()]
        pairs += [(h <= line, False) for d, h in ex.sleep_by_wake_day.items()
                  if d not in ep_days]
        return count(pairs)

    best = best_line((usual - short, short_at(usual - short)) for short in SLEEP_SHORT_BY_H)
    if best is None:
        return None
    line, con = best
    short_nights = [h for h in ep_days.values() if h is not None and h <= line]
    lines = [f"your usual sleep is {usual:.1f} h; before episodes it was "
             f"{statistics.median(short_nights):.1f} h (median of the short nights)"
             if short_nights else f"your usual sleep is {usual:.1f} h",
             contrast_line(ex, con, f"slept {line:.1f} h or less", "day")]
    return _finding("sleep_debt", con, lines)


def rank_causes(ex: Exposures, reference: nutrition.ReferenceFn | None = None
                ) -> tuple[list[CauseFinding], list[str]]:
    """The supported causes, most likely first, and the data gaps met on the way."""
    gaps: list[str] = []
    n = len(ex.episodes)
    if n == 0:
        gaps.append("no cramps or twitches logged: nothing to explain yet")
    elif n < 3:
        gaps.append(f"only {n} episode(s) logged: causes need at least 3 to compare")
    if not ex.sessions:
        gaps.append("no workouts logged: exercise-related causes cannot be assessed")
    found = [
        _dehydration(ex, gaps) if ex.sessions else None,
        _electrolytes(ex, gaps) if ex.sessions else None,
        _fatigue(ex, gaps) if ex.sessions else None,
        _load_spike(ex, gaps) if ex.sessions else None,
        _heat(ex, gaps) if ex.sessions else None,
        nutrient_cause(ex, gaps, reference),
        _sleep(ex, gaps),
        flags_cause(ex, "poor_circulation", "calf_pain_on_walking_eases_at_rest",
                    "calf pain on walking that eases at rest was reported"),
        flags_cause(ex, "nerve_compression", "numbness_tingling",
                    "numbness or tingling was reported"),
        medication_cause(ex, gaps),
    ]
    causes = _adjust(ex, [f for f in found if f is not None])
    for f in causes:
        f.confidence = round(f.confidence, 2)
    causes = [f for f in causes if f.confidence >= MIN_LISTED]
    causes.sort(key=lambda f: (-f.confidence, -f.strength))
    return causes, list(dict.fromkeys(gaps))


ADJUST_FROM = 0.3


def _adjust(ex: Exposures, causes: list[CauseFinding]) -> list[CauseFinding]:
    """Check each pair of supported session causes within the sessions free of the other one.

    Heat, sweat loss, long sessions and load jumps travel together. For a pair X, Y: if X's link
    weakens among the sessions without Y more than Y's link weakens among the sessions without X,
    X's apparent link came largely through Y, and X keeps only the confidence it has without Y.
    A real contributor keeps its link. When a subgroup is too small to tell, nothing changes.
    """
    session = [f for f in causes if f.exposure is not None and f.confidence >= ADJUST_FROM]

    def within(f: CauseFinding, other: CauseFinding) -> Contrast:
        fn, keep = f.exposure, other.exposure
        assert fn is not None and keep is not None
        return count([(fn(s), bool(s.episodes)) for s in ex.sessions if keep(s) is False])

    strat = {(id(x), id(y)): within(x, y) for x in session for y in session if x is not y}
    new = {id(f): f.confidence for f in session}
    for x in session:
        for y in session:
            if x is y:
                continue
            sx, sy = strat[(id(x), id(y))], strat[(id(y), id(x))]
            if not sx.enough or sx.confidence >= x.confidence:
                continue
            if not sy.enough and sy.n1 < MIN_EPISODE_UNITS:
                # Almost every session followed by an episode had X: Y's link cannot be seen
                # without X, which speaks for X rather than against it.
                continue
            if sy.enough and sy.confidence <= sx.confidence:
                continue
            if sx.confidence < new[id(x)]:
                new[id(x)] = sx.confidence
                x.evidence.append(
                    f"in sessions without {_LABEL.get(y.cause, y.cause)} the link is weaker "
                    f"({sx.a} of {sx.n1} vs {sx.c} of {sx.n0}): partly explained by it")
    for f in session:
        f.confidence = new[id(f)]
    return causes


_LABEL = {"dehydration": "a large body-mass loss", "electrolyte_loss": "an unreplaced sodium loss",
          "heat": "heat", "muscle_fatigue": "an unusually long or hard session (or no recovery)",
          "training_load_spike": "a jump in training load"}
