"""Logging many journal objects at once, all or nothing: the API's POST /entries.

Every object is validated first (with the profile's time zone for naive times); if any is
invalid nothing is stored and every problem is reported with its index and key. Duplicates are
not errors: they are reported with the id of the entry already stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from crampwise.domain.journal import Entry, Profile
from crampwise.domain.parsing import EntryError, EntryProblem, parse_entry
from crampwise.errors import UserError
from crampwise.services import journal
from crampwise.store import entries as store
from crampwise.store.db import session_scope
from crampwise.store.lookup import ids_by_dedupe_key

EARLIEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)


@dataclass
class BatchProblem:
    index: int
    key: str | None
    message: str


class BatchError(UserError):
    """Some objects of a batch are invalid; nothing was stored."""

    def __init__(self, problems: list[BatchProblem], total: int) -> None:
        self.problems = problems
        shown = "; ".join(f"[{p.index}] {p.key + ': ' if p.key else ''}{p.message}"
                          for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        bad = len({p.index for p in problems})
        verb = "is" if bad == 1 else "are"
        super().__init__(f"{bad} of the {total} entries {verb} not valid, so nothing was "
                         f"stored: {shown}{more}")


@dataclass
class BatchResult:
    """Per posted object (in order): its entry id and "added", "duplicate" or "updated"."""

    items: list[tuple[int, str]] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for _, s in self.items if s == status)


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _check_times(entry: Entry) -> list[EntryProblem]:
    problems = []
    for key in ("time", "end", "start"):
        value = getattr(entry, key, None)
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = dt.datetime.combine(value, dt.time(0), tzinfo=dt.UTC)
        if isinstance(value, dt.datetime):
            try:
                inside = EARLIEST <= value <= LATEST
            except OverflowError:
                inside = False
            if not inside:
                problems.append(EntryProblem(key, "expected a time between the years 1900 and "
                                                  "2200"))
    return problems


def validate_objects(objects: list[Any], tz: ZoneInfo | None) -> list[Entry]:
    """Every object as an entry model, or BatchError listing every problem."""
    parsed: list[Entry] = []
    problems: list[BatchProblem] = []
    for index, obj in enumerate(objects):
        if _has_nul(obj):
            problems.append(BatchProblem(index, None, "text must not contain NUL characters"))
            continue
        try:
            entry = parse_entry(obj, tz)
        except EntryError as exc:
            problems.extend(BatchProblem(index, p.key, p.message) for p in exc.problems)
            continue
        time_problems = _check_times(entry)
        problems.extend(BatchProblem(index, p.key, p.message) for p in time_problems)
        parsed.append(entry)
    if problems:
        raise BatchError(problems, len(objects))
    return parsed


def log_objects(url: str, user_id: int, username: str, objects: list[Any]) -> BatchResult:
    """Validate then store journal objects in one transaction (nothing stored on any problem)."""
    prof = journal.profile(url, username)
    tz = ZoneInfo(prof.timezone) if prof and prof.timezone else None
    entries = validate_objects(objects, tz)
    keys = [store.dedupe_key(e) for e in entries]
    result = BatchResult()
    with session_scope(url) as session:
        before = ids_by_dedupe_key(session, user_id, keys)
        written = store.add_entries(session, user_id, entries)
        after = ids_by_dedupe_key(session, user_id, keys)
        seen: set[str] = set()
        for key, entry in zip(keys, entries, strict=True):
            if isinstance(entry, Profile):
                status = ("updated" if written.updated["profile"] else
                          "added" if written.added["profile"] else "duplicate")
                if key in seen:
                    status = "duplicate"
            else:
                status = "duplicate" if key in before or key in seen else "added"
            seen.add(key)
            result.items.append((after[key], status))
    return result
