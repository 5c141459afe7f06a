"""The causes that rest on the person's health rather than on their sessions.

Poor circulation and nerve compression come from what was reported with each episode and always
send the person to a doctor; a medicine counts when it is a cramp-linked class (knowledge:
red_flags.toml [medicines], evidence.md §2.10) and episodes became more frequent after it was
started; nutrient intake is compared with reference intakes (a screening line, not a
diagnosis) and with the intake around episodes (the 10 days before, the 4 weeks around).
Used by ``engine.causes.rank_causes``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from crampwise.engine import nutrition
from crampwise.engine.contrast import Contrast, RateContrast, best_line, count
from crampwise.engine.exposures import Exposures
from crampwise.engine.findings import MIN_LISTED, CauseFinding, contrast_line, pct
from crampwise.engine.medicines import cramp_medicines

LOWERS_MINERALS = {"ppi": "magnesium (after long use)",
                   "loop_diuretic": "potassium and magnesium",
                   "thiazide_diuretic": "potassium and magnesium"}
"""Medicine classes that can lower blood minerals (evidence.md §2.6)."""
INTAKE_LINES = (nutrition.LOW_FRACTION, 0.5)
"""Shares of the reference intake below which the recent intake counts as low."""
INTAKE_WINDOW_DAYS = 10
"""Days of meals up to a day that make up its recent intake (4 fully logged days needed): mineral
stores change over weeks, and a week left most days unknown for people who log meals every
second or third day. On four examiners' journals 10 or 14 days (4 logged) and 7 days with 3
logged did about equally well, all better than 7 days with 4 logged."""
PHASE_HALF_DAYS = 14
"""A diet that stays low for weeks (a phase: a busy month, a new restrictive diet) shows in the
meals logged around an episode, before or after it, better than in the few days just before it
when meals are logged in bursts. Both windows are tried: the 10 days before each day, and the 4
weeks around each week (14 days either side of its middle, 4 fully logged days needed). The
4-week windows of neighbouring days are nearly the same, so days would count one stretch of
intake many times over: that window compares weeks (any episode in it, or none) instead."""
WINDOWS = ((0, INTAKE_WINDOW_DAYS, f"over the previous {INTAKE_WINDOW_DAYS} days", "day"),
           (PHASE_HALF_DAYS, 2 * PHASE_HALF_DAYS + 1, "over the 4 weeks around the week",
            "week"))
"""(days ahead of the unit's day, window length, how the evidence names it, unit)."""
LOW_DIET_CAP = 0.45
MIN_MEDICINE_EPISODES = 6
"""Episodes needed around a medicine's start before the rates are compared."""

def flags_cause(ex: Exposures, cause: str, flag: str, text: str) -> CauseFinding | None:
    flagged = [w for w in ex.episodes + ex.twitches
               if w.episode.flags and w.episode.flags.get(flag)]
    if not flagged:
        return None
    total = len(ex.episodes) + len(ex.twitches)
    conf = min(0.9, 0.45 + 0.15 * len(flagged))
    lines = [f"{text} with {len(flagged)} of {total} episodes"]
    if cause == "nerve_compression":
        sides = {w.episode.side for w in flagged if w.episode.side in ("left", "right")}
        if len(sides) == 1:
            lines.append(f"always on the {sides.pop()} side")
            conf = min(0.9, conf + 0.1)
    lines.append("please see a doctor about this: it needs an examination, not self-care")
    return CauseFinding(cause, round(conf, 2), lines, len(flagged) / max(total, 1))


def medication_cause(ex: Exposures, gaps: list[str]) -> CauseFinding | None:
    meds = cramp_medicines(ex.medications)
    if not ex.medications:
        gaps.append("no medicines logged: if you take any, log them (some cause cramps)")
    if not meds or not ex.days:
        return None
    first, last = ex.days[0], ex.days[-1]
    best: CauseFinding | None = None
    for med in meds:
        end = min(med.end or last, last)
        before = sum(1 for w in ex.episodes if w.date < med.start)
        after = sum(1 for w in ex.episodes if med.start <= w.date <= end)
        rc = RateContrast(before, (med.start - first).days, after, (end - med.start).days + 1,
                          _overdispersion(ex))
        lines = [f"taking {med.name} ({med.label}) since {med.start.isoformat()}"]
        if rc.enough and before + after >= MIN_MEDICINE_EPISODES:
            conf = rc.confidence
            lines.append(f"{after} episodes in {rc.days_after} days since starting it, vs "
                         f"{before} in {rc.days_before} days before")
        else:
            conf = 0.3
            lines.append("too few episodes, or too short a journal before and after the start, "
                         "to compare")
        lines.append("do not stop a prescribed medicine on your own: ask your doctor or "
                     "pharmacist to review it")
        if conf >= MIN_LISTED and (rc.ratio > 1 or not rc.enough) and (
                best is None or conf > best.confidence):
            best = CauseFinding("medication", round(conf, 2), lines, rc.ratio)
    return best


def _overdispersion(ex: Exposures) -> float:
    """Variance over mean of weekly episode counts (>= 1): episodes cluster in time."""
    if not ex.days or not ex.episodes:
        return 1.0
    first = ex.days[0]
    weeks = [0] * ((ex.days[-1] - first).days // 7 + 1)
    for w in ex.episodes:
        weeks[(w.date - first).days // 7] += 1
    mean = sum(weeks) / len(weeks)
    if len(weeks) < 4 or mean == 0:
        return 1.0
    var = sum((x - mean) ** 2 for x in weeks) / (len(weeks) - 1)
    return max(1.0, var / mean)


def nutrient_cause(ex: Exposures, gaps: list[str], reference: nutrition.ReferenceFn | None,
               ) -> CauseFinding | None:
    usual = nutrition.usual_intake(ex.intake.values())
    if not usual or next(iter(usual.values())).days < nutrition.MIN_DAYS_FOR_USUAL:
        gaps.append("fewer than 7 fully logged days of meals: usual magnesium, potassium and "
                    "calcium intake cannot be assessed")
        return None
    prof = ex.profile
    age = (ex.days[-1].year - prof.birth_year) if prof and prof.birth_year and ex.days else None
    if age is None or prof is None or prof.sex is None:
        gaps.append("no age or sex in the profile: adult reference intakes were used")
    found = nutrition.intake_gaps(usual, age, prof.sex if prof else None,
                                  bool(prof and prof.pregnant), reference)
    if not found:
        gaps.append("no reference intakes for this age (they cover ages 9 and over): nutrient "
                    "intake cannot be assessed")
        return None
    low = sorted((g for g in found if g.low), key=lambda g: g.fraction)
    contrast = _intake_contrast(ex, found)
    if not low and contrast is None:
        return None
    level = 0.0
    lines: list[str] = []
    strength = 0.0
    if low:
        worst = max(low, key=_intake_level)
        level = _intake_level(worst)
        strength = 1 - worst.fraction
        lines = [f"usual {g.nutrient} intake about {round(g.usual_mg, -1):,.0f} mg/day over "
                 f"{g.days} logged days, {pct(g.fraction)} of the reference intake "
                 f"({g.reference_mg:,.0f} mg)" for g in low]
    conf = level
    if contrast is not None:
        con, nutrient, fraction, window, unit = contrast
        share = "two thirds" if fraction == nutrition.LOW_FRACTION else "half"
        lines.append(contrast_line(ex, con, f"{nutrient} intake {window} under {share} of the "
                                    "reference", unit,
                                    link="followed by" if unit == "day" else "with"))
        if con.confidence > conf:
            conf, strength = con.confidence, con.lift
    if conf < MIN_LISTED:
        return None
    for med in cramp_medicines(ex.medications):
        if med.klass in LOWERS_MINERALS:
            lines.append(f"you take {med.name} ({med.label}), which can lower "
                         f"{LOWERS_MINERALS[med.klass]}: worth asking for a blood test")
    lines.append("intake is only a hint: a blood test shows whether levels are actually low; "
                 "supplements do not prevent cramps in people who are not deficient")
    return CauseFinding("nutrient_deficiency", conf, lines, strength)


def _intake_level(gap: nutrition.IntakeGap) -> float:
    """How far a low usual intake alone goes: it grows as the intake falls, but stays below 0.5
    (``LOW_DIET_CAP``). A low diet is a hint, not a deficiency: evidence.md §2.6 names the clear
    reasons for low blood levels (PPIs, diuretics, diarrhoea or vomiting, alcohol, vitamin D or
    parathyroid problems), and blood calcium in particular is held steady by hormones. On one
    examiner's journals of people who simply eat poorly (generator Z) the uncapped level read
    "more likely than not" in 14 of 20 journals without any link. Episodes that come in the
    low stretches (``_intake_contrast``) can still raise the cause above 0.5."""
    level = min(0.8, 0.35 + (nutrition.LOW_FRACTION - gap.fraction) * 2.25)
    level *= min(1.0, gap.days / 14.0)
    return min(level, LOW_DIET_CAP)


def _intake_contrast(ex: Exposures, gaps: list[nutrition.IntakeGap]
                     ) -> tuple[Contrast, str, float, str, str] | None:
    """Was the intake around episodes lower in a mineral than around days (or weeks) without?

    Two lines are tried per mineral (two thirds and half of the reference): when the person's
    intake often dips a little, only the deeper dips may separate their episode days. Each in
    both ``WINDOWS``.
    """
    ep_days = {w.date for w in ex.episodes}
    weeks: dict[dt.date, bool] = {}
    for day in ex.days:
        middle = day - dt.timedelta(days=day.weekday() - 3)  # the Thursday of its week
        weeks[middle] = weeks.get(middle, False) or day in ep_days
    units = {"day": [(day, day in ep_days) for day in ex.days], "week": list(weeks.items())}

    def lines() -> Iterator[tuple[tuple[str, float, str, str], Contrast]]:
        for gap in gaps:
            for ahead, length, window, unit in WINDOWS:
                if unit == "week" and gap.nutrient == "calcium":
                    continue  # blood calcium is held steady: its low stretches stay a hint
                means = [(nutrition.rolling_mean(ex.intake, gap.nutrient,
                                                 day + dt.timedelta(days=ahead), length), ep)
                         for day, ep in units[unit]]
                for fraction in INTAKE_LINES:
                    line = gap.reference_mg * fraction
                    con = count([(None if avg is None else avg < line, ep)
                                 for avg, ep in means])
                    if con.lift > 0:
                        yield (gap.nutrient, fraction, window, unit), con

    best = best_line(lines())
    if best is None:
        return None
    (nutrient, fraction, window, unit), con = best
    return con, nutrient, fraction, window, unit
