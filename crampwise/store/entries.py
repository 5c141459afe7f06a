"""Reading and writing journal entries: models in, models out; SQL stays in this package.

Writes go in batches of row tuples (``store.rows``): dedupe keys already stored (or repeated
inside the batch) are skipped by the unique index itself, the rest go in with the driver's
``executemany`` — the path that keeps a million-line import fast.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql as postgresql_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.orm import Session

from crampwise.domain.journal import MODELS, Entry, Profile
from crampwise.store.rows import (
    COMMON_COLUMNS,
    PROFILE_KEY,
    Prepared,
    dedupe_key,
    detail_columns,
    detail_values,
    prepare,
)
from crampwise.store.tables import DETAIL_TABLES, EntryRow, ProfileRow, User

__all__ = ["Prepared", "WriteResult", "add_entries", "dedupe_key", "prepare"]

_IN_CHUNK = 500


def _with_offset(utc: dt.datetime, minutes: int | None) -> dt.datetime:
    return utc.astimezone(dt.timezone(dt.timedelta(minutes=minutes or 0)))


@dataclass
class WriteResult:
    """What one batch did, per entry type."""

    added: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)

    def merge(self, other: WriteResult) -> None:
        self.added.update(other.added)
        self.duplicates.update(other.duplicates)
        self.updated.update(other.updated)


def get_or_create_user(session: Session, username: str) -> User:
    """The user called ``username``, created (without a password) on first use by the CLI."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        user = User(username=username, created_at=dt.datetime.now(dt.UTC))
        session.add(user)
        session.flush()
    return user


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def add_entries(session: Session, user_id: int,
                entries: Sequence[Entry | Prepared]) -> WriteResult:
    """Insert the entries not already stored for this user; returns counts per type."""
    result = WriteResult()
    dialect = session.connection().dialect.name
    keyed: dict[str, Prepared] = {}
    for item in entries:
        ready = item if isinstance(item, tuple) else prepare(item, dialect)
        if isinstance(ready, Profile):
            _upsert_profile(session, user_id, ready, result)
            continue
        if ready[1] in keyed:
            result.duplicates[ready[0]] += 1
            continue
        keyed[ready[1]] = ready
    if not keyed:
        return result
    batch = list(keyed.values())
    ids = _allocate_ids(session, user_id, len(batch))
    insert_new = _insert_new_pg if dialect == "postgresql" else _insert_new_sqlite
    inserted = insert_new(session, user_id, ids, batch)
    by_type: dict[str, list[tuple[Any, ...]]] = {}
    for entry_id, (kind, _key, _common, detail) in zip(ids, batch, strict=True):
        if inserted is None or entry_id in inserted:
            rows = by_type.get(kind)
            if rows is None:
                rows = by_type[kind] = []
            rows.append((entry_id, *detail))
        else:
            result.duplicates[kind] += 1
    conn = session.connection()
    for kind, rows in by_type.items():
        conn.exec_driver_sql(_detail_sql(kind, dialect), rows)
        result.added[kind] += len(rows)
    if by_type:
        touch(session, user_id)
    return result


def touch(session: Session, user_id: int) -> None:
    """Mark the user's journal as changed (``users.journal_rev``)."""
    session.execute(update(User).where(User.id == user_id)
                    .values(journal_rev=User.journal_rev + 1))


def journal_version(session: Session, username: str) -> tuple[int, str, int] | None:
    """What identifies one state of a journal: the user id, when the user was created (ids can
    be reused after a deletion) and the journal revision; None for an unknown user."""
    row = session.execute(select(User.id, User.created_at, User.journal_rev)
                          .where(User.username == username)).one_or_none()
    return None if row is None else (int(row[0]), row[1].isoformat(), int(row[2] or 0))


_PG_ROWS_PER_STATEMENT = 1000
_ENTRY_COLUMNS = ("id", "user_id", *COMMON_COLUMNS)


@cache
def _detail_sql(kind: str, dialect: str) -> str:
    table: str = DETAIL_TABLES[kind].__tablename__
    quote = _DIALECTS[dialect].identifier_preparer.quote  # "end" is a keyword in PostgreSQL
    columns = ", ".join(quote(c) for c in ("entry_id", *detail_columns(kind)))
    marks = ", ".join(["?" if dialect == "sqlite" else "%s"] * (1 + len(detail_columns(kind))))
    # names come from the table definitions, values are bound parameters
    return f"INSERT INTO {quote(table)} ({columns}) VALUES ({marks})"  # noqa: S608


_DIALECTS: dict[str, Any] = {
    "sqlite": sqlite_dialect.dialect(),
    "postgresql": postgresql_dialect.dialect(),  # type: ignore[no-untyped-call]
}


def _insert_new_sqlite(session: Session, user_id: int, ids: list[int],
                       batch: list[Prepared]) -> set[int] | None:
    """Insert the common rows with ``INSERT OR IGNORE`` on pre-allocated, consecutive ids.

    The unique index skips stored dedupe keys during the insert itself. When every row went in
    (a fresh import) the answer is None; otherwise which ones did is one range scan of the
    primary key, instead of a lookup per key beforehand. Rows go in sorted by dedupe key (ids
    stay in file order): the unique index is then filled page by page instead of at random,
    which makes the whole insert about a fifth faster on a large journal.
    """
    conn = session.connection()
    sql = (f"INSERT OR IGNORE INTO entries ({', '.join(_ENTRY_COLUMNS)}) "  # noqa: S608
           f"VALUES ({', '.join('?' * len(_ENTRY_COLUMNS))})")
    rows = sorted(zip(ids, batch, strict=True), key=lambda pair: pair[1][1])
    done = conn.exec_driver_sql(sql, [(entry_id, user_id, *ready[2]) for entry_id, ready in rows])
    if done.rowcount == len(batch):
        return None
    return {int(r[0]) for r in conn.exec_driver_sql(
        "SELECT id FROM entries WHERE id BETWEEN ? AND ?", (ids[0], ids[-1]))}


def _insert_new_pg(session: Session, user_id: int, ids: list[int],
                   batch: list[Prepared]) -> set[int] | None:
    """Insert the common rows, skipping stored dedupe keys in the same statement.

    ``ON CONFLICT DO NOTHING RETURNING id`` lets the unique index decide: a separate lookup
    query would be planned against the stale statistics of a table growing inside one long
    import transaction, and turn into a scan per batch.
    """
    conn = session.connection()
    inserted: set[int] = set()
    row_sql = "(" + ", ".join(["%s"] * len(_ENTRY_COLUMNS)) + ")"
    for start in range(0, len(batch), _PG_ROWS_PER_STATEMENT):
        part = list(zip(ids[start:start + _PG_ROWS_PER_STATEMENT],
                        batch[start:start + _PG_ROWS_PER_STATEMENT], strict=True))
        sql = (f"INSERT INTO entries ({', '.join(_ENTRY_COLUMNS)}) VALUES "  # noqa: S608
               + ", ".join([row_sql] * len(part))
               + " ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id")
        params: list[Any] = []
        for entry_id, ready in part:
            params.extend((entry_id, user_id, *ready[2]))
        inserted.update(int(r[0]) for r in conn.exec_driver_sql(sql, tuple(params)))
    return inserted


def _allocate_ids(session: Session, user_id: int, count: int) -> list[int]:
    """Entry ids for a batch, chosen before the insert so no RETURNING round trip is needed.

    PostgreSQL hands out a block from the sequence; on SQLite the transaction first takes the
    write lock (a no-op update), after which nobody else can insert until we commit.
    """
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        rows = conn.exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence('entries', 'id')) "
            "FROM generate_series(1, %(n)s)", {"n": count})
        return [int(r[0]) for r in rows]
    # a column outside any key: setting users.id, even to itself, makes SQLite check every
    # entry that references the user for the foreign key, once per batch
    conn.exec_driver_sql("UPDATE users SET token_version = token_version WHERE id = ?",
                         (user_id,))
    start = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM entries").scalar_one())
    return list(range(start + 1, start + 1 + count))


def _upsert_profile(session: Session, user_id: int, profile: Profile, result: WriteResult) -> None:
    current = session.scalar(select(EntryRow).where(
        EntryRow.user_id == user_id, EntryRow.dedupe_key == PROFILE_KEY))
    if current is not None:
        old = load_entry(session, user_id, current.id)
        if old is not None and old.to_json() == profile.to_json():
            result.duplicates["profile"] += 1
            return
        # the detail row first: a bulk import runs without SQLite's cascades
        session.execute(delete(ProfileRow).where(ProfileRow.entry_id == current.id))
        session.execute(delete(EntryRow).where(EntryRow.id == current.id))
        session.flush()
        result.updated["profile"] += 1
    else:
        result.added["profile"] += 1
    touch(session, user_id)
    entry_id = session.execute(insert(EntryRow).returning(EntryRow.id), {
        "user_id": user_id, "type": "profile", "source_id": profile.id, "notes": profile.notes,
        "dedupe_key": PROFILE_KEY, "time_utc": None, "utc_offset_min": None,
    }).scalar_one()
    dialect = session.connection().dialect.name
    session.connection().exec_driver_sql(
        _detail_sql("profile", dialect), [(entry_id, *detail_values(profile, dialect))])


# --- reading -------------------------------------------------------------------------------


def _row_to_entry(common: Any, detail: Any) -> Entry:
    kind = common.type
    data: dict[str, Any] = {"type": kind, "id": common.source_id, "notes": common.notes}
    table = DETAIL_TABLES[kind].__table__
    for column in table.columns:
        if column.name != "entry_id":
            data[column.name] = getattr(detail, column.name)
    if common.time_utc is not None and kind not in ("profile", "medication"):
        data["time"] = _with_offset(common.time_utc, common.utc_offset_min)
    if kind == "sleep":
        end_utc, end_offset = data.pop("end_utc"), data.pop("end_offset_min")
        data["end"] = _with_offset(end_utc, end_offset) if end_utc is not None else None
    data = {k: v for k, v in data.items() if v is not None}
    return MODELS[kind].model_validate(data)


def iter_entries(session: Session, user_id: int, types: Iterable[str] | None = None,
                 since: dt.datetime | None = None, until: dt.datetime | None = None,
                 batch: int = 2000) -> Iterator[tuple[int, Entry]]:
    """Stream (entry_id, entry) in time order, one type table at a time per batch."""
    kinds = list(types) if types is not None else list(DETAIL_TABLES)
    query = _filtered(select(EntryRow), user_id, kinds, since, until).order_by(
        EntryRow.time_utc.is_(None).desc(), EntryRow.time_utc, EntryRow.id)
    for partition in session.execute(query.execution_options(yield_per=batch)).scalars() \
            .partitions(batch):
        yield from _hydrate(session, list(partition))


def _filtered(query: Select[Any], user_id: int, kinds: list[str], since: dt.datetime | None,
              until: dt.datetime | None) -> Select[Any]:
    query = query.where(EntryRow.user_id == user_id)
    if set(kinds) != set(DETAIL_TABLES):
        query = query.where(EntryRow.type.in_(kinds))
    if since is not None:
        query = query.where(EntryRow.time_utc >= since)
    if until is not None:
        query = query.where(EntryRow.time_utc < until)
    return query


def _hydrate(session: Session, commons: list[EntryRow]) -> Iterator[tuple[int, Entry]]:
    by_type: dict[str, list[int]] = {}
    for row in commons:
        by_type.setdefault(row.type, []).append(row.id)
    details: dict[int, Any] = {}
    for kind, ids in by_type.items():
        table = DETAIL_TABLES[kind]
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start:start + _IN_CHUNK]
            for detail in session.execute(select(table.__table__).where(
                    table.__table__.c.entry_id.in_(chunk))):
                details[detail.entry_id] = detail
    for row in commons:
        yield row.id, _row_to_entry(row, details[row.id])


def recent_entries(session: Session, user_id: int, limit: int = 20,
                   types: Iterable[str] | None = None) -> list[tuple[int, Entry]]:
    """The latest ``limit`` entries, newest first."""
    kinds = list(types) if types is not None else list(DETAIL_TABLES)
    query = _filtered(select(EntryRow), user_id, kinds, None, None).order_by(
        EntryRow.time_utc.desc().nulls_last(), EntryRow.id.desc()).limit(limit)
    return list(_hydrate(session, list(session.scalars(query))))


def load_entry(session: Session, user_id: int, entry_id: int) -> Entry | None:
    """One entry of this user, or None (another user's entry is as good as absent)."""
    row = session.scalar(select(EntryRow).where(EntryRow.id == entry_id,
                                                EntryRow.user_id == user_id))
    if row is None:
        return None
    return next(_hydrate(session, [row]))[1]


def delete_entry(session: Session, user_id: int, entry_id: int) -> bool:
    done = session.execute(delete(EntryRow).where(EntryRow.id == entry_id,
                                                  EntryRow.user_id == user_id))
    removed = bool(getattr(done, "rowcount", 0))
    if removed:
        touch(session, user_id)
    return removed


def delete_all(session: Session, user_id: int) -> int:
    """Remove every entry of this user (the "delete my data" button)."""
    done = session.execute(delete(EntryRow).where(EntryRow.user_id == user_id))
    touch(session, user_id)
    return int(getattr(done, "rowcount", 0) or 0)


def count_entries(session: Session, user_id: int) -> dict[str, int]:
    rows = session.execute(select(EntryRow.type, func.count()).where(
        EntryRow.user_id == user_id).group_by(EntryRow.type))
    return {kind: int(n) for kind, n in rows}
