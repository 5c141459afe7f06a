"""Focused reads for the History page: only the columns its chart needs, and a journal version.

The page shows episodes against fluids, training and sleep for a period. Loading whole journal
models for that (``snapshot.read_journal``) costs tens of microseconds per entry, and the page is
opened often; here each shown type is read with one Core join of the few columns the chart uses,
into small named tuples. ``journal_version`` is a fingerprint of the rows in the window (their
dedupe keys, which hash each entry's content), so a cache keyed on it is invalidated by any
log, edit, delete or import that touches the window, and by nothing else.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, Integer, Select, bindparam, func, select, true
from sqlalchemy.orm import Session

from crampwise.store.tables import (
    BodyMassRow,
    EntryRow,
    EpisodeRow,
    FluidRow,
    ProfileRow,
    SleepRow,
    User,
    UTCDateTime,
    WorkoutRow,
)

SHOWN = ("episode", "workout", "fluid", "body_mass", "sleep")
"""The entry types the History page draws."""


class EpisodeMark(NamedTuple):
    time: dt.datetime
    muscle: str
    kind: str
    pain: int | None


class WorkoutBar(NamedTuple):
    time: dt.datetime
    duration_min: float
    rpe: float | None
    urine_ml: float | None

    @property
    def end(self) -> dt.datetime:
        return self.time + dt.timedelta(minutes=self.duration_min)


class MassPoint(NamedTuple):
    time: dt.datetime
    kg: float


class FluidPoint(NamedTuple):
    time: dt.datetime
    ml: float


class SleepBar(NamedTuple):
    time: dt.datetime
    duration_h: float


class HistoryRows(NamedTuple):
    """What the History chart needs from one window of a journal, each list in time order."""

    episodes: list[EpisodeMark]
    workouts: list[WorkoutBar]
    masses: list[MassPoint]
    fluids: list[FluidPoint]
    sleeps: list[SleepBar]


def _window(query: Select[Any], user_id: int, kind: str, since: dt.datetime | None,
            until: dt.datetime | None) -> Select[Any]:
    common = EntryRow.__table__.c
    query = query.where(common.user_id == user_id, common.type == kind)
    if since is not None:
        query = query.where(common.time_utc >= since)
    if until is not None:
        query = query.where(common.time_utc < until)
    return query.order_by(common.time_utc, common.id)


def _read(session: Session, detail: Any, columns: list[Any], user_id: int, kind: str,
          since: dt.datetime | None, until: dt.datetime | None) -> Iterator[Any]:
    common = EntryRow.__table__
    table = detail.__table__
    query = select(common.c.time_utc, *(table.c[name] for name in columns)).join_from(
        common, table, table.c.entry_id == common.c.id)
    yield from session.execute(_window(query, user_id, kind, since, until))


def history_rows(session: Session, user_id: int, since: dt.datetime | None = None,
                 until: dt.datetime | None = None) -> HistoryRows:
    """The shown entries of one user with time in [since, until), as small tuples (UTC times)."""
    def read(detail: Any, kind: str, *columns: str) -> Iterator[Any]:
        return _read(session, detail, list(columns), user_id, kind, since, until)

    episodes = [EpisodeMark(*row) for row in read(EpisodeRow, "episode", "muscle", "kind",
                                                  "pain")]
    workouts = [WorkoutBar(t, float(d), r, u) for t, d, r, u in
                read(WorkoutRow, "workout", "duration_min", "rpe", "urine_ml")]
    masses = [MassPoint(t, float(kg)) for t, kg in read(BodyMassRow, "body_mass", "kg")]
    fluids = [FluidPoint(t, float(ml)) for t, ml in read(FluidRow, "fluid", "ml")]
    sleeps = []
    for start, hours, end in read(SleepRow, "sleep", "hours", "end_utc"):
        if hours is not None:
            sleeps.append(SleepBar(start, float(hours)))
        elif end is not None:
            sleeps.append(SleepBar(start, (end - start).total_seconds() / 3600))
    return HistoryRows(episodes, workouts, masses, fluids, sleeps)


class SignedIn(NamedTuple):
    """A user's account columns, as ``signed_in_version`` reads them."""

    id: int
    username: str
    token_version: int
    has_password: bool
    created_at: dt.datetime


def _params(user_id: int, since: dt.datetime | None,
            until: dt.datetime | None) -> dict[str, Any]:
    params: dict[str, Any] = {"user_id": user_id}
    if since is not None:
        params["since"] = since
    if until is not None:
        params["until"] = until
    return params


def _fingerprint(count: int, keys: str | None) -> str:
    digest = hashlib.sha1(",".join(sorted((keys or "").split(","))).encode(),
                          usedforsecurity=False)
    return f"{count}-{digest.hexdigest()}"


def signed_in_version(connection: Connection, user_id: int, since: dt.datetime | None = None,
                      until: dt.datetime | None = None
                      ) -> tuple[SignedIn, str | None, str] | None:
    """The user's account, profile time zone and window fingerprint in ONE statement.

    None when the user no longer exists. This is what a signed-in History request needs
    before it can answer from the cache: one round trip instead of two sessions.
    """
    row: Any = connection.execute(
        _signed_in_query(since is not None, until is not None),
        _params(user_id, since, until)).first()
    if row is None:
        return None
    uid, username, version, has_password, created, count, keys, zone = row
    account = SignedIn(uid, username, version or 0, bool(has_password), created)
    return account, zone, _fingerprint(count, keys)


@cache
def _signed_in_query(since: bool, until: bool) -> Select[Any]:
    """The version query joined (one row) to the user's row; built once per shape."""
    window = _version_query(since, until).subquery()
    user = User.__table__.c
    return (select(user.id, user.username, user.token_version,
                   user.password_hash.is_not(None), user.created_at, *window.c)
            .join_from(User.__table__, window, true())
            .where(user.id == bindparam("user_id", type_=Integer)))


def journal_version(session: Session, user_id: int, since: dt.datetime | None = None,
                    until: dt.datetime | None = None) -> tuple[str | None, str]:
    """The profile's time zone and a fingerprint of the shown entries in [since, until).

    Entries are never updated in place (an edit is a delete and an insert), and each one's
    dedupe key hashes its content or source id, so the set of keys in the window stands for
    the window's content: the fingerprint changes with any write there. The database
    concatenates the keys (sorting here makes their order moot); one statement, one round trip.
    """
    count, keys, zone = session.execute(_version_query(since is not None, until is not None),
                                        _params(user_id, since, until)).one()
    return zone, _fingerprint(count, keys)


@cache
def _version_query(since: bool, until: bool) -> Select[Any]:
    """Built once per shape (this runs on every History request)."""
    common = EntryRow.__table__.c
    profile = ProfileRow.__table__.c
    user = bindparam("user_id", type_=Integer)
    zone = (select(profile.timezone)
            .join_from(EntryRow.__table__, ProfileRow.__table__, profile.entry_id == common.id)
            .where(common.user_id == user, common.type == "profile")
            .limit(1).correlate(None).scalar_subquery())
    query = select(func.count().label("n"),
                   func.aggregate_strings(common.dedupe_key, ",").label("keys"),
                   zone.label("zone")).where(
        common.user_id == user, common.type.in_(SHOWN))
    if since:
        query = query.where(common.time_utc >= bindparam("since", type_=UTCDateTime))
    if until:
        query = query.where(common.time_utc < bindparam("until", type_=UTCDateTime))
    return query
