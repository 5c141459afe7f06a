"""Finding stored entry ids by dedupe key, so a write can answer with the server's ids."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from crampwise.store.tables import EntryRow

_CHUNK = 500


def ids_by_dedupe_key(session: Session, user_id: int, keys: Iterable[str]) -> dict[str, int]:
    """{dedupe key: entry id} for those of ``keys`` this user has stored."""
    wanted = list(dict.fromkeys(keys))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        rows = session.execute(select(EntryRow.dedupe_key, EntryRow.id).where(
            EntryRow.user_id == user_id, EntryRow.dedupe_key.in_(chunk)))
        found.update({key: int(entry_id) for key, entry_id in rows})
    return found
