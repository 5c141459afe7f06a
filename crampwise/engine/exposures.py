"""What a person was exposed to before each episode, and on days and sessions without one.

Pure: lists of journal entry models in, plain dataclasses and dicts out. ``build`` computes
per-session exposures (sweat, fluid and sodium balance, heat, load, how unusual the session was,
recovery of the muscles), per-episode windows (the session it followed, the sleep before it) and
per-day intake. ``daily_table`` flattens them to one row per observed day for the trigger
statistics.

Episode linking: an episode belongs to the latest session that started before it if that
session ended at most 4 h before it (not for episodes logged at rest or in sleep), or else if
the session was on the same activity day (an episode before 06:00 counts with the day before):
a night cramp belongs to that day's training.

``daily_table`` (built in ``engine.day_factors``, which documents its columns).
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from crampwise.domain.journal import (
    BodyMass,
    Episode,
    Fluid,
    Meal,
    Medication,
    Profile,
    Sleep,
    Supplement,
    Workout,
)
from crampwise.engine import hydration, load, nutrition
from crampwise.engine.sweat import (
    SweatEstimate,
    SweatTest,
    WeighingIndex,
    intensity_band,
    sweat_rate_for,
    sweat_test_from,
    sweat_tests,
    temperature_band,
)

__all__ = ["Exposures", "SessionExposure", "EpisodeWindow", "build", "daily_table",
           "sweat_tests", "sweat_rate_for", "SweatTest", "SweatEstimate"]

AFTER_SESSION = dt.timedelta(hours=4)
NIGHT_ENDS_HOUR = 6
DRINK_MARGIN = dt.timedelta(minutes=15)
SLEEP_LOOKBACK = dt.timedelta(hours=30)
UNUSUAL_PERCENTILE = 0.85
TIMES_USUAL = 2.0
"""A session at twice the person's median duration or load for that activity is unusual whatever
its rank among all their sessions (1.6 and 1.8 were tried: fewer hits over the examiners'
journals)."""
MIN_ACTIVITY_SESSIONS = 5
LONG_PLAIN_WATER_MIN = 90.0
PLAIN_WATER_MG_PER_L = 200.0
SODIUM_DEFICIT_MG = 1000.0
SHORT_SLEEP_H = 1.0
ACWR_SPIKE = 1.5
MONOTONY_HIGH = 2.0


@dataclass
class SessionExposure:
    """One workout and everything measured or estimated about it."""

    workout: Workout
    date: dt.date
    load: float
    load_basis: str
    pre_kg: float | None = None
    post_kg: float | None = None
    mass_loss_pct: float | None = None
    sweat_l: float | None = None
    sweat_basis: str = ""
    sweat_measured: bool = False
    est_mass_loss_pct: float | None = None
    """Without weighing: (sweat from own sweat tests − drinks) / body mass, when both known."""
    fluid_ml: float | None = None
    plain_water_only: bool | None = None
    sodium_in_mg: float | None = None
    sodium_loss_mg: float | None = None
    heat_index_c: float | None = None
    acwr: float | None = None
    acwr_uncoupled: float | None = None
    acwr_week: float | None = None
    acute: float = 0.0
    chronic: float = 0.0
    monotony: float | None = None
    history_days: int = 0
    duration_pct: float = 0.0
    load_pct: float = 0.0
    times_usual: float | None = None
    """Duration and load over the medians of the person's sessions of the same activity (the
    larger of the two); None with fewer than MIN_ACTIVITY_SESSIONS of them."""
    days_since_same_muscle: int | None = None
    day_before_unlogged: bool = False
    """The day before had a workout without muscle groups: whether it trained the same muscle
    is unknown, not "no"."""
    rest_days_7d: int = 0
    episodes: list[Episode] = field(default_factory=list)

    @property
    def sodium_deficit_mg(self) -> float | None:
        """Estimated sodium lost minus taken in (positive: a deficit)."""
        if self.sodium_loss_mg is None or self.sodium_in_mg is None:
            return None
        return self.sodium_loss_mg - self.sodium_in_mg

    # --- yes/no exposures (None: unknown) --------------------------------------------------
    def dehydrated(self) -> bool | None:
        """Lost more than 2 % body mass: measured, or estimated from own sweat tests and drinks."""
        loss = self.mass_loss_pct if self.mass_loss_pct is not None else self.est_mass_loss_pct
        if loss is None:
            return None
        return loss > hydration.BODY_MASS_LOSS_LIMIT_PCT

    def fluid_replaced(self) -> bool | None:
        """At least a quarter of the sweat was replaced by drinks (the person did drink)."""
        if self.sweat_l is None or self.fluid_ml is None or self.sweat_l <= 0:
            return None
        return self.fluid_ml / 1000.0 >= 0.25 * self.sweat_l

    def sodium_unreplaced(self, line_mg: float = 1000.0) -> bool | None:
        """Sweat sodium loss over ``line_mg``, under half replaced, while the fluid was replaced.

        The pattern of "long sweaty sessions on plain water" (Lau 2019, evidence.md §2.2): a
        session with next to no drinking (under a quarter of the sweat) is dehydration instead.
        """
        if self.sodium_loss_mg is None or self.sodium_in_mg is None:
            return None
        replaced = self.fluid_replaced()
        if replaced is None:
            return None
        return (replaced and self.sodium_loss_mg - self.sodium_in_mg > line_mg
                and self.sodium_in_mg < 0.5 * self.sodium_loss_mg)

    def hot(self, line_c: float = hydration.HEAT_INDEX_CAUTION_C) -> bool | None:
        """Heat index at or above ``line_c`` (by default the NWS caution line)."""
        if self.heat_index_c is None:
            return None
        return self.heat_index_c >= line_c

    def unusual(self) -> bool:
        """Longer or harder than 85 % of the person's own sessions, or well beyond their usual
        for this activity (a run twice the usual length, even if the long rides are longer)."""
        return (max(self.duration_pct, self.load_pct) >= UNUSUAL_PERCENTILE
                or (self.times_usual is not None and self.times_usual >= TIMES_USUAL))

    def same_muscle_consecutive(self) -> bool | None:
        """A muscle group of this session was also trained the day before."""
        if not self.workout.muscle_groups:
            return None
        if self.days_since_same_muscle == 1:
            return True
        return None if self.day_before_unlogged else False

    def strained(self) -> bool | None:
        """Unusually long or hard, or the same muscle group trained the day before: the two
        faces of muscle_fatigue (vocabulary.md), taken together because people who cramp from
        fatigue show it both ways and each alone holds only part of their episodes."""
        consecutive = self.same_muscle_consecutive()
        return True if self.unusual() or consecutive else consecutive

    def no_rest_day(self) -> bool:
        """Trained on each of the 7 days ending with this one."""
        return self.rest_days_7d == 0

    def no_rest_at_usual_load(self) -> bool:
        """No rest day in the 7 days up to this one while the load did not jump: recovery that
        fell short at the usual load (muscle_fatigue). A jump in load takes rest days with it,
        and is then the training_load_spike exposure instead."""
        return self.rest_days_7d == 0 and not self.load_spike()

    def load_spike(self, line: float = ACWR_SPIKE) -> bool | None:
        """Part of a jump in load: the last 7 days' load above ``line`` times the weekly average
        of the 3 weeks before, or the training week (Monday-Sunday) holding the session above
        ``line`` times the average of the 4 weeks before it.

        Both are uncoupled (Lolli 2019): the jump is not part of its own baseline. The rolling
        week alone misses the first sessions of a heavy block (its 7 days are still mostly the
        ordinary week before); the training week sees the whole block, as a coach reading a
        weekly log would. Weeks with nothing logged at all are gaps, not rest (``LoadSeries``).
        Needs 4 weeks of history.
        """
        if self.history_days < load.CHRONIC_DAYS:
            return None
        rolling = self.acute > 0 if self.acwr_uncoupled is None else self.acwr_uncoupled > line
        return rolling or (self.acwr_week is not None and self.acwr_week > line)


@dataclass
class EpisodeWindow:
    """One episode and what came before it."""

    episode: Episode
    date: dt.date
    session: SessionExposure | None
    sleep_h: float | None


@dataclass
class Exposures:
    """Everything the cause scoring and the daily table need."""

    sessions: list[SessionExposure]
    episodes: list[EpisodeWindow]
    twitches: list[EpisodeWindow]
    sleep_by_wake_day: dict[dt.date, float]
    usual_sleep_h: float | None
    intake: dict[dt.date, nutrition.DayIntake]
    medications: list[Medication]
    sweat_history: list[SweatTest]
    logs_fluids: bool
    days: list[dt.date]
    profile: Profile | None
    kind: str = "spasm"

    @property
    def sweat_sodium_mmol_l(self) -> float | None:
        """The person's measured sweat sodium, if they have one in their profile."""
        return self.profile.sweat_sodium_mmol_l if self.profile else None


def _percentiles(values: Sequence[float]) -> Callable[[float], float]:
    ordered = sorted(values)

    def rank(value: float) -> float:
        lo = bisect.bisect_left(ordered, value)
        hi = bisect.bisect_right(ordered, value)
        return (lo + (hi - lo) / 2.0) / len(ordered) if ordered else 0.0

    return rank


def _usual_by_activity(workouts: Sequence[Workout], loads: Sequence[float]
                       ) -> dict[str, tuple[float, float]]:
    """Median duration and load per activity with at least MIN_ACTIVITY_SESSIONS sessions."""
    by: dict[str, list[tuple[float, float]]] = {}
    for w, x in zip(workouts, loads, strict=True):
        by.setdefault(w.activity, []).append((float(w.duration_min), x))
    usual = {}
    for activity, pairs in by.items():
        if len(pairs) >= MIN_ACTIVITY_SESSIONS:
            minutes, load = (statistics.median(v) for v in zip(*pairs, strict=True))
            if minutes > 0 and load > 0:
                usual[activity] = (minutes, load)
    return usual


def _loads(workouts: Sequence[Workout]) -> tuple[list[float], str]:
    rpes = [w.rpe for w in workouts if w.rpe is not None]
    if not rpes:
        return [float(w.duration_min) for w in workouts], "minutes (no RPE logged)"
    median_rpe = statistics.median(rpes)
    by_activity: dict[str, list[float]] = {}
    for w in workouts:
        if w.rpe is not None:
            by_activity.setdefault(w.activity, []).append(w.rpe)
    # An unrated walk is rated like the person's other walks, not like their runs: a long walk
    # (a shift on one's feet) at the median RPE of all sessions would read as a huge load.
    typical = {a: statistics.median(r) for a, r in by_activity.items()
               if len(r) >= MIN_ACTIVITY_SESSIONS}
    loads = [(w.rpe if w.rpe is not None else typical.get(w.activity, median_rpe))
             * w.duration_min for w in workouts]
    basis = "session RPE x minutes"
    if len(rpes) < len(workouts):
        basis += (" (where none was logged: the median RPE of that activity, else of all "
                  f"sessions, {median_rpe:g})")
    return loads, basis


def _mass_lookup(masses: list[BodyMass], profile_kg: float | None
                 ) -> Callable[[dt.datetime], float | None]:
    ordered = sorted(masses, key=lambda m: m.time)
    times = [m.time for m in ordered]

    def at(when: dt.datetime) -> float | None:
        i = bisect.bisect_right(times, when) - 1
        return ordered[i].kg if i >= 0 else (ordered[0].kg if ordered else profile_kg)

    return at


def _sessions(workouts: list[Workout], masses: list[BodyMass], fluids: list[Fluid],
              supplements: list[Supplement], logs_fluids: bool,
              history: list[SweatTest], profile_kg: float | None = None,
              logged: set[dt.date] | None = None,
              sweat_na_mg_l: float = hydration.SWEAT_SODIUM_MG_PER_L) -> list[SessionExposure]:
    loads, basis = _loads(workouts)
    series = load.LoadSeries(load.daily_loads((w.time.date(), x) for w, x in zip(
        workouts, loads, strict=True)), logged)
    duration_rank = _percentiles([w.duration_min for w in workouts])
    load_rank = _percentiles(loads)
    usual = _usual_by_activity(workouts, loads)
    index = WeighingIndex(masses, fluids)
    usual_mass = _mass_lookup(masses, profile_kg)
    estimates: dict[tuple[str | None, str | None], SweatEstimate] = {}
    supp_sorted = sorted((s for s in supplements if s.sodium_mg), key=lambda s: s.time)
    supp_t = [s.time for s in supp_sorted]
    last_trained: dict[str, dt.date] = {}
    trained_days = sorted({w.time.date() for w in workouts})
    unlogged_days = {w.time.date() for w in workouts if not w.muscle_groups}
    out = []
    for w, x in zip(workouts, loads, strict=True):
        day = w.time.date()
        state = series.on(day)
        s = SessionExposure(workout=w, date=day, load=x, load_basis=basis, acwr=state.ratio,
                            acwr_uncoupled=state.ratio_uncoupled, acwr_week=state.ratio_week,
                            acute=state.acute, chronic=state.chronic, monotony=state.monotony,
                            history_days=state.history_days,
                            duration_pct=duration_rank(w.duration_min), load_pct=load_rank(x))
        if w.activity in usual:
            minutes, typical = usual[w.activity]
            s.times_usual = max(w.duration_min / minutes, x / typical)
        weighing = index.around(w)
        personal = True
        mass_kg = usual_mass(w.time)
        lo, hi = w.time - DRINK_MARGIN, w.end + DRINK_MARGIN
        if weighing is not None:
            test = sweat_test_from(w, weighing)
            s.pre_kg, s.post_kg = test.pre_kg, test.post_kg
            s.mass_loss_pct, s.sweat_l = test.mass_loss_pct, test.sweat_l
            s.sweat_measured, s.sweat_basis = True, "measured (weighed before and after)"
            lo, hi = weighing.pre.time, weighing.post.time
        else:
            key = (temperature_band(w.temperature_c), intensity_band(w.rpe))
            if key not in estimates:
                estimates[key] = sweat_rate_for(history, w.temperature_c, w.rpe)
            est = estimates[key]
            s.sweat_l = est.l_per_h * w.duration_min / 60.0
            s.sweat_basis = est.basis
            personal = est.tests > 0
        drinks = index.drinks(lo, hi)
        if logs_fluids and drinks:
            s.fluid_ml = sum(f.ml for f in drinks)
            na_drinks = sum(f.sodium_total_mg for f in drinks)
            s.plain_water_only = all(f.sodium_total_mg / f.ml * 1000 < PLAIN_WATER_MG_PER_L
                                     for f in drinks)
            i, j = bisect.bisect_left(supp_t, lo), bisect.bisect_right(supp_t, hi)
            s.sodium_in_mg = na_drinks + sum(float(p.sodium_mg or 0) for p in supp_sorted[i:j])
            if weighing is None and personal and mass_kg:
                deficit_l = s.sweat_l - s.fluid_ml / 1000.0
                s.est_mass_loss_pct = deficit_l / mass_kg * 100.0
        s.sodium_loss_mg = hydration.sweat_sodium_loss_mg(s.sweat_l, sweat_na_mg_l)
        if w.temperature_c is not None:
            s.heat_index_c = hydration.heat_index_c(w.temperature_c, w.humidity_pct)
        for muscle in w.muscle_groups or []:
            before = last_trained.get(muscle)
            if before is not None and before < day:
                gap = (day - before).days
                if s.days_since_same_muscle is None or gap < s.days_since_same_muscle:
                    s.days_since_same_muscle = gap
        for muscle in w.muscle_groups or []:
            last_trained[muscle] = day
        s.day_before_unlogged = day - dt.timedelta(days=1) in unlogged_days
        k = bisect.bisect_right(trained_days, day)
        lo_k = bisect.bisect_left(trained_days, day - dt.timedelta(days=6))
        s.rest_days_7d = 7 - (k - lo_k)
        out.append(s)
    return out


def _activity_day(when: dt.datetime) -> dt.date:
    """The day whose training a moment belongs to: small hours count with the evening before."""
    day = when.date()
    return day - dt.timedelta(days=1) if when.hour < NIGHT_ENDS_HOUR else day


def _link(sessions: list[SessionExposure], starts: list[dt.datetime], ep: Episode
          ) -> SessionExposure | None:
    i = bisect.bisect_right(starts, ep.time) - 1
    if i < 0:
        return None
    latest = sessions[i]
    if ep.during not in ("rest", "sleep") and latest.workout.end + AFTER_SESSION >= ep.time:
        return latest
    # Otherwise the same activity day's last session, whatever its length (a fixed window
    # after the end would favour long sessions, which reach further into the night).
    if _activity_day(latest.workout.time) == _activity_day(ep.time):
        return latest
    return None


def _sleep_before(sleeps: list[Sleep], ends: list[dt.datetime], when: dt.datetime
                  ) -> float | None:
    i = bisect.bisect_right(ends, when) - 1
    if i >= 0 and when - ends[i] <= SLEEP_LOOKBACK:
        return sleeps[i].duration_h
    return None


def _sleep_end(s: Sleep) -> dt.datetime:
    return s.end if s.end is not None else s.time + dt.timedelta(hours=s.duration_h)


def build(entries: Sequence[object], profile: Profile | None = None,
          kind: str | None = None) -> Exposures:
    """All exposures of a journal (entries in any order). ``kind``: spasm (default) or twitch."""
    by: dict[type, list[object]] = {}
    for e in entries:
        by.setdefault(type(e), []).append(e)
    workouts: list[Workout] = sorted(by.get(Workout, []), key=lambda w: w.time)  # type: ignore
    masses: list[BodyMass] = by.get(BodyMass, [])  # type: ignore[assignment]
    fluids: list[Fluid] = by.get(Fluid, [])  # type: ignore[assignment]
    sleeps: list[Sleep] = sorted(by.get(Sleep, []), key=_sleep_end)  # type: ignore
    episodes: list[Episode] = sorted(by.get(Episode, []), key=lambda e: e.time)  # type: ignore
    medications: list[Medication] = by.get(Medication, [])  # type: ignore[assignment]
    supplements: list[Supplement] = by.get(Supplement, [])  # type: ignore[assignment]
    if profile is None:
        profiles = by.get(Profile, [])
        profile = profiles[-1] if profiles else None  # type: ignore[assignment]
    logs_fluids = bool(fluids)
    # A weighed hour or more with no drink logged, from someone who logs drinks, most likely
    # had unlogged drinking: its "sweat" would be too low to plan or estimate with.
    history = [t for t in sweat_tests([*workouts, *masses, *fluids])
               if not (logs_fluids and t.fluid_ml == 0 and t.duration_min >= 60)]
    day_set: set[dt.date] = set()
    for e in entries:
        when = getattr(e, "when", None)
        if isinstance(e, Profile | Medication) or not isinstance(when, dt.datetime):
            continue
        day_set.add(when.date())
    sessions = _sessions(workouts, masses, fluids, supplements, logs_fluids, history,
                         profile.body_mass_kg if profile else None, day_set,
                         hydration.sweat_sodium_mg_per_l(
                             profile.sweat_sodium_mmol_l if profile else None))
    starts = [s.workout.time for s in sessions]
    ends = [_sleep_end(s) for s in sleeps]
    durations = [s.duration_h for s in sleeps]
    sleep_by_day: dict[dt.date, float] = {}
    for s, end in zip(sleeps, ends, strict=True):
        sleep_by_day[end.date()] = sleep_by_day.get(end.date(), 0.0) + s.duration_h

    def window(ep: Episode) -> EpisodeWindow:
        linked = _link(sessions, starts, ep)
        if linked is not None:
            linked.episodes.append(ep)
        return EpisodeWindow(ep, ep.time.date(), linked, _sleep_before(sleeps, ends, ep.time))

    spasms = [e for e in episodes if e.kind == "spasm"]
    twitches = [e for e in episodes if e.kind == "twitch"]
    chosen = kind or ("spasm" if spasms or not twitches else "twitch")
    main = [window(e) for e in (spasms if chosen == "spasm" else twitches)]
    other = [EpisodeWindow(e, e.time.date(), None, None)
             for e in (twitches if chosen == "spasm" else spasms)]
    return Exposures(
        sessions=sessions, episodes=main, twitches=other, sleep_by_wake_day=sleep_by_day,
        usual_sleep_h=statistics.median(durations) if len(durations) >= 7 else None,
        intake=nutrition.daily_intake(e for e in entries
                                      if isinstance(e, Meal | Supplement | Fluid)),
        medications=medications, sweat_history=history, logs_fluids=logs_fluids,
        days=sorted(day_set), profile=profile, kind=chosen)


def daily_table(entries: Sequence[object], profile: Profile | None = None,
                exposures: Exposures | None = None,
                reference: nutrition.ReferenceFn | None = None) -> list[dict[str, object]]:
    """One row per observed day with the factor columns documented in ``engine.day_factors``."""
    from crampwise.engine import day_factors

    return day_factors.daily_table(entries, profile, exposures, reference)
