"""Who may read whose journal: rows of (owner, viewer), so the services never touch SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, aliased

from crampwise.store.tables import Share, User


def add(session: Session, owner_id: int, viewer_id: int) -> bool:
    """Let the viewer read the owner's journal; False when that was already so."""
    if exists(session, owner_id, viewer_id):
        return False
    session.add(Share(owner_id=owner_id, viewer_id=viewer_id, created_at=dt.datetime.now(dt.UTC)))
    session.flush()
    return True


def remove(session: Session, owner_id: int, viewer_id: int) -> bool:
    done = session.execute(delete(Share).where(Share.owner_id == owner_id,
                                               Share.viewer_id == viewer_id))
    return bool(getattr(done, "rowcount", 0))


def exists(session: Session, owner_id: int, viewer_id: int) -> bool:
    return session.scalar(select(Share.id).where(Share.owner_id == owner_id,
                                                 Share.viewer_id == viewer_id)) is not None


def viewers(session: Session, owner_id: int) -> list[tuple[str, dt.datetime]]:
    """(username, since) of everyone the owner shares with, by name."""
    return _other_side(session, Share.owner_id, Share.viewer_id, owner_id)


def owners(session: Session, viewer_id: int) -> list[tuple[str, dt.datetime]]:
    """(username, since) of everyone who shares with the viewer, by name."""
    return _other_side(session, Share.viewer_id, Share.owner_id, viewer_id)


def _other_side(session: Session, mine: Any, theirs: Any, user_id: int
                ) -> list[tuple[str, dt.datetime]]:
    other = aliased(User)
    rows = session.execute(select(other.username, Share.created_at)
                           .join(other, other.id == theirs)
                           .where(mine == user_id).order_by(other.username))
    return [(name, since) for name, since in rows]


def remove_all(session: Session, user_id: int) -> None:
    """Every share the user gives or receives (when the account is deleted)."""
    session.execute(delete(Share).where((Share.owner_id == user_id)
                                        | (Share.viewer_id == user_id)))
