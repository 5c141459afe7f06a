"""The "analyze" use case: ranked causes, personal triggers, data gaps and relief statistics.

Both faces (``crampwise analyze`` and the web app) call :func:`analyze`; the numbers come from the
pure engine (``engine.exposures``, ``engine.causes``, ``engine.triggers``), the words for how to
address each cause and its evidence grade from the knowledge layer. The output is the JSON of
spec/cli.md plus ``kind``, ``relief_effectiveness``, ``sweat_tests`` and ``intake``.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from crampwise.domain.journal import MODELS, Entry, Profile
from crampwise.domain.vocabulary import cause_label
from crampwise.engine import nutrition
from crampwise.engine.causes import CauseFinding, rank_causes
from crampwise.engine.exposures import Exposures, build, daily_table
from crampwise.engine.relief_effect import relief_effectiveness
from crampwise.store import entries as store
from crampwise.store.db import session_scope
from crampwise.store.snapshot import read_journal

LOOKBACK = dt.timedelta(days=35)
"""Entries this long before ``since`` still feed the 4-week load and the usual sleep."""


def _as_time(day: dt.date | dt.datetime | None, end: bool = False) -> dt.datetime | None:
    if day is None:
        return None
    if isinstance(day, dt.datetime):
        return day if day.tzinfo else day.replace(tzinfo=dt.UTC)
    moment = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
    return moment + dt.timedelta(days=1) if end else moment


CACHED_JOURNALS = 256
"""Whole-journal analyses kept per process (about 20-60 kB each). A coach's roster analyses
every athlete on each view; the result only changes when the journal does."""
_cache: OrderedDict[tuple[str, str], tuple[tuple[int, str, int], dict[str, Any]]] = OrderedDict()
_cache_lock = threading.Lock()


def analyze(url: str, user: str, since: dt.date | dt.datetime | None = None,
            until: dt.date | dt.datetime | None = None) -> dict[str, Any]:
    """Analyze one person's journal between ``since`` and ``until`` (dates inclusive).

    The whole-journal analysis is cached against the journal's revision (``users.journal_rev``,
    bumped by every write), so it is recomputed exactly when an entry was added or deleted.
    """
    if since is None and until is None:
        with session_scope(url) as session:
            version = store.journal_version(session, user)
        key = (url, user)
        with _cache_lock:
            hit = _cache.get(key)
            if hit is not None and version is not None and hit[0] == version:
                _cache.move_to_end(key)
                return copy.deepcopy(hit[1])
        result = _analyze(url, user, None, None)
        if version is not None:
            with _cache_lock:
                _cache[key] = (version, copy.deepcopy(result))
                while len(_cache) > CACHED_JOURNALS:
                    _cache.popitem(last=False)
        return result
    return _analyze(url, user, since, until)


def _analyze(url: str, user: str, since: dt.date | dt.datetime | None,
             until: dt.date | dt.datetime | None) -> dict[str, Any]:
    start, stop = _as_time(since), _as_time(until, end=True)
    load_from = start - LOOKBACK if start is not None else None
    entries = load_entries(url, user, load_from, stop)
    profile = next((e for e in entries if isinstance(e, Profile)), None)
    return analyze_entries(entries, profile, start, stop)


def load_entries(url: str, user: str, since: dt.datetime | None = None,
                 until: dt.datetime | None = None) -> list[Entry]:
    """The journal for analysis (fast read); the profile and every medicine whatever the dates."""
    with session_scope(url) as session:
        found = store.find_user(session, user)
        if found is None:
            return []
        kinds = [k for k in MODELS if k not in ("profile", "medication")]
        entries = read_journal(session, found.id, kinds, since, until)
        entries += read_journal(session, found.id, ["profile", "medication"])
    return entries


def analyze_entries(entries: Sequence[Entry], profile: Profile | None = None,
                    start: dt.datetime | None = None, stop: dt.datetime | None = None,
                    ) -> dict[str, Any]:
    """The analyze result for entries already in memory (episodes outside the window dropped)."""
    ex = build(entries, profile)
    if start is not None or stop is not None:
        ex = _window(ex, start, stop)
    causes, gaps = rank_causes(ex)
    rows = daily_table(entries, profile, exposures=ex)
    if start is not None:
        rows = [r for r in rows if str(r["date"]) >= start.date().isoformat()]
    triggers, trigger_gaps = _triggers(rows)
    episodes = [w.episode for w in ex.episodes + ex.twitches]
    days = [d for d in ex.days if start is None or d >= start.date()]
    return {
        "episodes": len(ex.episodes),
        "kind": ex.kind,
        "period": {"start": days[0].isoformat() if days else None,
                   "end": days[-1].isoformat() if days else None},
        "causes": [_cause_out(f) for f in causes],
        "triggers": triggers,
        "data_gaps": gaps + trigger_gaps,
        "relief_effectiveness": relief_effectiveness(episodes),
        "sweat_tests": [t.as_dict() for t in ex.sweat_history],
        "intake": _intake_out(ex),
    }


def _window(ex: Exposures, start: dt.datetime | None, stop: dt.datetime | None) -> Exposures:
    def inside(when: dt.datetime) -> bool:
        return (start is None or when >= start) and (stop is None or when < stop)

    ex.episodes = [w for w in ex.episodes if inside(w.episode.time)]
    ex.twitches = [w for w in ex.twitches if inside(w.episode.time)]
    keep = {id(w.episode) for w in ex.episodes}
    for s in ex.sessions:
        s.episodes = [e for e in s.episodes if id(e) in keep]
    ex.sessions = [s for s in ex.sessions if inside(s.workout.time)]
    return ex


def _cause_out(f: CauseFinding) -> dict[str, Any]:
    text = _cause_texts().get(f.cause)
    return {
        "cause": f.cause,
        "label": cause_label(f.cause),
        "confidence": f.confidence,
        "evidence": f.evidence,
        "address": text.address if text else None,
        "grade": str(text.grade) if text else None,
        "references": [r.source for r in text.references] if text else [],
    }


def _cause_texts() -> dict[str, Any]:
    try:
        from crampwise.knowledge.content import load_causes
    except ImportError:  # pragma: no cover - the knowledge layer ships with the package
        return {}
    return dict(load_causes())


def _triggers(rows: list[dict[str, object]]) -> tuple[list[dict[str, Any]], list[str]]:
    try:
        from crampwise.engine.triggers import find_triggers
    except ImportError:
        return [], ["personal trigger statistics are not available in this version"]
    result = find_triggers(rows)
    out = []
    for t in result.get("triggers", []):
        row = {"factor": t["factor"], "odds_ratio": t.get("odds_ratio"), "ci95": t.get("ci95"),
               "episodes": t.get("episodes")}
        for key in ("exposed_episodes", "p_adjusted", "significant"):
            if key in t:
                row[key] = t[key]
        out.append(row)
    return out, [f"triggers: {g}" for g in result.get("data_gaps", [])]


def _intake_out(ex: Exposures) -> list[dict[str, Any]]:
    usual = nutrition.usual_intake(ex.intake.values())
    prof = ex.profile
    age = (ex.days[-1].year - prof.birth_year) if prof and prof.birth_year and ex.days else None
    gaps = nutrition.intake_gaps(usual, age, prof.sex if prof else None,
                                 bool(prof and prof.pregnant))
    return [{"nutrient": g.nutrient, "usual_mg": round(g.usual_mg), "reference_mg": g.reference_mg,
             "percent_of_reference": round(100 * g.fraction), "days": g.days, "low": g.low}
            for g in gaps]
