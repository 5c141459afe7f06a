"""Failed sign-ins in the store, so the rate limit holds across workers and hosts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crampwise.store.tables import LoginFailure


def recent(session: Session, key: str, since: dt.datetime) -> tuple[int, dt.datetime | None]:
    """How many failures under ``key`` since ``since``, and the oldest of them."""
    count, oldest = session.execute(
        select(func.count(), func.min(LoginFailure.at))
        .where(LoginFailure.key == key, LoginFailure.at > since)).one()
    return int(count), oldest


def record(session: Session, key: str, at: dt.datetime) -> None:
    session.add(LoginFailure(key=key, at=at))


def clear(session: Session, key: str) -> None:
    """Forget the failures under ``key`` (after a successful sign-in)."""
    session.execute(delete(LoginFailure).where(LoginFailure.key == key))


def prune(session: Session, before: dt.datetime) -> None:
    """Drop failures older than the window: nobody is limited by them any more."""
    session.execute(delete(LoginFailure).where(LoginFailure.at <= before))
