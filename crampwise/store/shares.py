"""Who may read whose journal: rows of (owner, viewer), so the services never touch SQL."""

from __future__ import annotations

import datetime as dt

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
    viewer = aliased(User)
    rows = session.execute(select(viewer.username, Share.created_at)
                           .join(viewer, viewer.id == Share.viewer_id)
                           .where(Share.owner_id == owner_id).order_by(viewer.username))
    return [(name, since) for name, since in rows]


def owners(session: Session, viewer_id: int) -> list[tuple[str, dt.datetime]]:
    """(username, since) of everyone who shares with the viewer, by name."""
    owner = aliased(User)
    rows = session.execute(select(owner.username, Share.created_at)
                           .join(owner, owner.id == Share.owner_id)
                           .where(Share.viewer_id == viewer_id).order_by(owner.username))
    return [(name, since) for name, since in rows]


def remove_all(session: Session, user_id: int) -> None:
    """Every share the user gives or receives (when the account is deleted)."""
    session.execute(delete(Share).where((Share.owner_id == user_id)
                                        | (Share.viewer_id == user_id)))
