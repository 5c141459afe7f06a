"""Reading and changing user rows, so the accounts service never touches SQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crampwise.store.tables import User


def user_by_id(session: Session, user_id: int) -> User | None:
    """The user with this id, or None."""
    return session.get(User, user_id)


def user_by_name(session: Session, username: str) -> User | None:
    """The user with exactly this name, or None."""
    return session.scalar(select(User).where(User.username == username))


def create_user(session: Session, username: str, password_hash: str | None) -> User:
    """Add a user; the caller has checked that the name is free."""
    user = User(username=username, password_hash=password_hash,
                created_at=dt.datetime.now(dt.UTC), token_version=0)
    session.add(user)
    session.flush()
    return user


def set_password_hash(session: Session, user_id: int, password_hash: str,
                      revoke: bool = True) -> None:
    """Store a new hash; ``revoke`` also bumps token_version so old tokens and sessions die."""
    values: dict[str, object] = {"password_hash": password_hash}
    if revoke:
        values["token_version"] = User.token_version + 1
    session.execute(update(User).where(User.id == user_id).values(**values))


def delete_user(session: Session, user_id: int) -> bool:
    """Remove a user (their entries go with them through ON DELETE CASCADE)."""
    from crampwise.store.entries import delete_all
    from crampwise.store.shares import remove_all

    delete_all(session, user_id)  # explicit too: SQLite enforces cascades only with the pragma
    remove_all(session, user_id)
    done = session.execute(delete(User).where(User.id == user_id))
    return bool(getattr(done, "rowcount", 0))
