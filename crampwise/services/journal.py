"""Journal use cases shared by the CLI and the web app: log, list, export, delete."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator
from typing import IO, Any

from crampwise.domain.journal import Entry, Profile
from crampwise.domain.parsing import parse_entry
from crampwise.store import entries as store
from crampwise.store.db import session_scope


def log_entry(url: str, username: str, entry: Entry) -> tuple[int | None, bool]:
    """Store one entry; returns (entry_id, added) — added is False for a duplicate."""
    with session_scope(url) as session:
        user = store.get_or_create_user(session, username)
        result = store.add_entries(session, user.id, [entry])
        added = bool(result.added or result.updated)
        entry_id = _find_id(session, user.id, entry)
    return entry_id, added


def _find_id(session: Any, user_id: int, entry: Entry) -> int | None:
    from sqlalchemy import select

    from crampwise.store.tables import EntryRow

    found = session.scalar(select(EntryRow.id).where(
        EntryRow.user_id == user_id, EntryRow.dedupe_key == store.dedupe_key(entry)))
    return int(found) if found is not None else None


def log_object(url: str, username: str, obj: dict[str, Any]) -> tuple[int | None, Entry, bool]:
    """Validate a journal object (as in journal.md) and store it."""
    entry = parse_entry(obj, _profile_tz(url, username))
    entry_id, added = log_entry(url, username, entry)
    return entry_id, entry, added


def _profile_tz(url: str, username: str) -> Any:
    from zoneinfo import ZoneInfo

    prof = profile(url, username)
    return ZoneInfo(prof.timezone) if prof and prof.timezone else None


def profile(url: str, username: str) -> Profile | None:
    with session_scope(url) as session:
        user = store.find_user(session, username)
        if user is None:
            return None
        for _, entry in store.iter_entries(session, user.id, types=["profile"]):
            return entry if isinstance(entry, Profile) else None
    return None


_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def journal_line(entry: Entry) -> str:
    """One canonical JSONL line: UTF-8 text, with no character any reader takes as a line end."""
    text = json.dumps(entry.to_json(), ensure_ascii=False, separators=(",", ":"))
    return text.translate(_LINE_BREAKS)


def export_journal(url: str, username: str, out: IO[str]) -> int:
    """Write the whole journal as JSONL (the canonical lines); returns the line count."""
    count = 0
    with session_scope(url) as session:
        user = store.find_user(session, username)
        if user is None:
            return 0
        for _, entry in store.iter_entries(session, user.id):
            out.write(journal_line(entry))
            out.write("\n")
            count += 1
    return count


def entries(url: str, username: str, types: list[str] | None = None,
            since: dt.datetime | None = None,
            until: dt.datetime | None = None) -> Generator[tuple[int, Entry], None, None]:
    """Stream (entry_id, entry) in time order (empty for an unknown user)."""
    with session_scope(url) as session:
        user = store.find_user(session, username)
        if user is None:
            return
        yield from store.iter_entries(session, user.id, types=types, since=since, until=until)


def history(url: str, username: str, limit: int = 20,
            types: list[str] | None = None) -> list[tuple[int, Entry]]:
    """The latest entries, newest first."""
    with session_scope(url) as session:
        user = store.find_user(session, username)
        if user is None:
            return []
        return store.recent_entries(session, user.id, limit=limit, types=types)


def last_entry(url: str, username: str, entry_type: str) -> Entry | None:
    """The most recent entry of one type, e.g. the last workout for rehydration advice."""
    found = history(url, username, limit=1, types=[entry_type])
    return found[0][1] if found else None


def get_entry(url: str, username: str, entry_id: int) -> Entry | None:
    with session_scope(url) as session:
        user = store.find_user(session, username)
        return store.load_entry(session, user.id, entry_id) if user else None


def delete_entry(url: str, username: str, entry_id: int) -> bool:
    with session_scope(url) as session:
        user = store.find_user(session, username)
        return store.delete_entry(session, user.id, entry_id) if user else False


def counts(url: str, username: str) -> dict[str, int]:
    with session_scope(url) as session:
        user = store.find_user(session, username)
        return store.count_entries(session, user.id) if user else {}
