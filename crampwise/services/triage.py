"""Triage of a logged episode: the red flags a person ticked, plus what the journal knows.

Used by ``crampwise log episode`` (and the web's log form) so that an episode with any red flag
shows the triage result before anything else.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from crampwise.domain.journal import Episode, Medication, Profile
from crampwise.domain.triage import TriageResult, parse_triage_input
from crampwise.engine.triage import triage


def episode_triage_input(episode: Episode, profile: Profile | None = None,
                         medications: list[Medication] | None = None) -> dict[str, Any]:
    """The triage input object (triage.md) for one episode and the person's profile."""
    data: dict[str, Any] = {"kind": episode.kind, "muscles": [episode.muscle]}
    for key in ("side", "duration_s", "pain", "during"):
        value = getattr(episode, key)
        if value is not None:
            data[key] = value
    if episode.relieved is not None:
        data["self_care_helped"] = episode.relieved
    if episode.flags:
        data["flags"] = dict(episode.flags)
    when = episode.time.date()
    current = [m.name for m in medications or []
               if _as_date(m.start) <= when and (m.end is None or _as_date(m.end) >= when)]
    if current:
        data["medications"] = current
    if profile is not None:
        if profile.birth_year:
            data["age"] = max(0, when.year - profile.birth_year)
        if profile.pregnant is not None:
            data["pregnant"] = profile.pregnant
    return data


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def triage_for_episode(episode: Episode, profile: Profile | None = None,
                       medications: list[Medication] | None = None) -> TriageResult:
    """The triage result for a logged episode."""
    return triage(parse_triage_input(episode_triage_input(episode, profile, medications)))


def triage_logged_episode(url: str, username: str, episode: Episode) -> TriageResult:
    """As ``triage_for_episode``, with the profile and medicines from the person's journal."""
    from crampwise.services import journal

    profile = journal.profile(url, username)
    medicines = [e for _, e in journal.entries(url, username, types=["medication"])
                 if isinstance(e, Medication)]
    return triage_for_episode(episode, profile, medicines)
