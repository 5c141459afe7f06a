"""Sharing a journal with a coach or physiotherapist, and the roster they follow.

The athlete decides: they name the account that may read their journal's summaries (the doctor
report, the analysis, the warning signs), and can stop at any time; the coach can also drop an
athlete from their roster. Sharing is read-only: a coach can never log, import or delete in
someone else's journal. A name that nobody shares with the viewer reads exactly like a name
that does not exist, so the roster cannot be used to probe for accounts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from crampwise.domain.journal import Episode, Medication
from crampwise.domain.triage import LEVELS
from crampwise.domain.vocabulary import flag_label, muscle_label
from crampwise.errors import NotFound, UserError
from crampwise.services import journal
from crampwise.services.accounts import Account, lookup_user, normalise_username
from crampwise.services.insights import analyze
from crampwise.services.triage import triage_for_episode
from crampwise.store import shares
from crampwise.store.db import session_scope

RECENT_DAYS = 30
NOT_SHARED = "nobody by that name shares their journal with you"


class ShareError(UserError):
    """A share that cannot be made; the message says why."""


@dataclass(frozen=True)
class Shared:
    """One side of a share as a face shows it."""

    username: str
    since: dt.datetime


def share_with(url: str, owner: Account, viewer_name: str) -> Shared:
    """Let ``viewer_name`` read the owner's journal summaries (nothing changes if they can)."""
    name = normalise_username(viewer_name)
    if not name:
        raise ShareError("type the username of the person to share with")
    with session_scope(url) as session:
        viewer = lookup_user(session, name)
        if viewer is None:
            raise ShareError(f"there is no account named '{name}': ask them for the exact "
                             "username they signed up with")
        if viewer.id == owner.id:
            raise ShareError("that is your own account: you can always see your journal")
        shares.add(session, owner.id, viewer.id)
        since = dict(shares.viewers(session, owner.id))[viewer.username]
        return Shared(viewer.username, since)


def stop_sharing(url: str, owner: Account, viewer_name: str) -> bool:
    """The owner withdraws a share; False when there was none."""
    with session_scope(url) as session:
        viewer = lookup_user(session, viewer_name)
        return viewer is not None and shares.remove(session, owner.id, viewer.id)


def drop_athlete(url: str, viewer: Account, owner_name: str) -> bool:
    """The coach takes an athlete off their roster; False when they were not on it."""
    with session_scope(url) as session:
        owner = lookup_user(session, owner_name)
        return owner is not None and shares.remove(session, owner.id, viewer.id)


def viewers(url: str, owner: Account) -> list[Shared]:
    """Everyone who may read the owner's journal."""
    with session_scope(url) as session:
        return [Shared(n, s) for n, s in shares.viewers(session, owner.id)]


def athletes(url: str, viewer: Account) -> list[Shared]:
    """Everyone whose journal the viewer may read."""
    with session_scope(url) as session:
        return [Shared(n, s) for n, s in shares.owners(session, viewer.id)]


def athlete(url: str, viewer: Account, owner_name: str) -> str:
    """The stored username of an athlete who shares with the viewer; NotFound otherwise."""
    with session_scope(url) as session:
        owner = lookup_user(session, owner_name)
        if owner is None or not shares.exists(session, owner.id, viewer.id):
            raise NotFound(NOT_SHARED)
        return owner.username


@dataclass
class AthleteSummary:
    """One roster row: what a coach checks first about an athlete."""

    username: str
    since: dt.datetime
    episodes_30d: int = 0
    cramps_30d: int = 0
    last_episode: dt.datetime | None = None
    muscles: list[str] = field(default_factory=list)
    disposition: str | None = None
    """The most urgent triage answer of the last 30 days' episodes (None without episodes)."""
    warning_signs: list[str] = field(default_factory=list)
    top_cause: dict[str, Any] | None = None

    @property
    def needs_attention(self) -> bool:
        return self.disposition in ("emergency", "urgent", "see_doctor")

    def as_dict(self) -> dict[str, Any]:
        return {"username": self.username, "shared_since": self.since.isoformat(),
                "episodes_30d": self.episodes_30d, "cramps_30d": self.cramps_30d,
                "last_episode": self.last_episode.isoformat() if self.last_episode else None,
                "muscles": self.muscles, "disposition": self.disposition,
                "warning_signs": self.warning_signs, "top_cause": self.top_cause}


def summarise(url: str, shared: Shared, now: dt.datetime | None = None) -> AthleteSummary:
    """The roster row of one athlete: recent episodes, their most urgent triage, the top cause."""
    now = now or dt.datetime.now(dt.UTC)
    name = shared.username
    row = AthleteSummary(name, shared.since)
    recent = [e for _, e in journal.entries(url, name, types=["episode"],
                                            since=now - dt.timedelta(days=RECENT_DAYS))
              if isinstance(e, Episode) and e.time <= now]
    if recent:
        profile = journal.profile(url, name)
        medicines = [m for _, m in journal.entries(url, name, types=["medication"])
                     if isinstance(m, Medication)]
        row.episodes_30d = len(recent)
        row.cramps_30d = sum(1 for e in recent if e.kind == "spasm")
        row.last_episode = max(e.time for e in recent)
        row.muscles = [muscle_label(m) for m, _ in
                       Counter(e.muscle for e in recent).most_common(3)]
        answers = [triage_for_episode(e, profile, medicines).disposition for e in recent]
        row.disposition = min(answers, key=LEVELS.index)
        signs = Counter(k for e in recent for k, v in (e.flags or {}).items() if v)
        row.warning_signs = [flag_label(k) for k, _ in signs.most_common()]
    causes = analyze(url, name)["causes"]
    if causes:
        top = causes[0]
        row.top_cause = {k: top[k] for k in ("cause", "label", "confidence", "grade")}
    return row


def roster(url: str, viewer: Account, now: dt.datetime | None = None) -> list[AthleteSummary]:
    """Every athlete who shares with the viewer: those needing a doctor first, then the most
    recent episodes first, then by name."""
    rows = [summarise(url, s, now) for s in athletes(url, viewer)]
    rows.sort(key=lambda r: (LEVELS.index(r.disposition) if r.disposition else len(LEVELS),
                             -r.last_episode.timestamp() if r.last_episode else 0.0,
                             r.username))
    return rows
