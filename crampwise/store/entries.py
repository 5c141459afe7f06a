"""Reading and writing journal entries: models in, models out; SQL stays in this package.

Writes go in batches: dedupe keys already stored (or repeated inside the batch) are skipped, the
rest are inserted with Core ``executemany`` — the path that keeps a million-line import fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import JSON, Select, delete, func, insert, select
from sqlalchemy.orm import Session

from crampwise.domain.journal import MODELS, Entry, Profile
from crampwise.store.tables import DETAIL_TABLES, EntryRow, User, UTCDateTime

_COMMON = ("type", "id", "notes")
_PROFILE_KEY = "profile"
_IN_CHUNK = 500


def dedupe_key(entry: Entry) -> str:
    """The source id when there is one, else the entry's canonical content, hashed."""
    if isinstance(entry, Profile):
        return _PROFILE_KEY  # at most one profile per person: a later one replaces it
    if entry.id is not None:
        basis = f"id\x00{_kind(entry)}\x00{entry.id}".encode()
    else:  # the canonical JSON line (fields in model order, absent keys left out)
        basis = entry.__pydantic_serializer__.to_json(entry, exclude_none=True)
    return hashlib.sha1(basis, usedforsecurity=False).hexdigest()


def _offset_min(value: dt.datetime) -> int:
    offset = value.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def _with_offset(utc: dt.datetime, minutes: int | None) -> dt.datetime:
    return utc.astimezone(dt.timezone(dt.timedelta(minutes=minutes or 0)))


def _rows_for(entry: Entry, user_id: int, key: str) -> tuple[dict[str, Any], dict[str, Any]]:
    data = entry.model_dump(exclude_none=False)
    when = entry.when
    common = {
        "user_id": user_id, "type": data["type"], "source_id": entry.id, "notes": entry.notes,
        "dedupe_key": key, "time_utc": when,
        "utc_offset_min": _offset_min(when) if isinstance(when, dt.datetime) else None,
    }
    detail = {k: v for k, v in data.items() if k not in _COMMON and k != "time"}
    if data["type"] == "sleep":
        end = detail.pop("end")
        detail["end_utc"] = end
        detail["end_offset_min"] = _offset_min(end) if end is not None else None
    elif data["type"] == "medication":
        detail["start"] = data["start"].isoformat()
        detail["end"] = data["end"].isoformat() if data["end"] is not None else None
    elif data["type"] == "meal" and detail.get("items") is not None:
        detail["items"] = [{k: v for k, v in item.items() if v is not None}
                           for item in detail["items"]]
    return common, detail


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


def _kind(entry: Entry) -> str:
    return str(getattr(entry, "type"))  # noqa: B009 - every concrete entry model has it


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


class Prepared(NamedTuple):
    """An entry turned into database-ready rows (picklable: import workers build these)."""

    kind: str
    key: str
    common: dict[str, Any]
    detail: dict[str, Any]


def prepare(entry: Entry, dialect: str) -> Prepared | Profile:
    """Rows for one entry with values as the driver wants them (profiles stay models)."""
    if isinstance(entry, Profile):
        return entry
    key = dedupe_key(entry)
    common, detail = _rows_for(entry, 0, key)
    del common["user_id"]  # the writer adds the owner
    for row, table in ((common, EntryRow.__table__), (detail, DETAIL_TABLES[common["type"]]
                                                       .__table__)):
        for name, convert in _converters(table, dialect).items():
            value = row.get(name)
            if value is not None:
                row[name] = convert(value)
    return Prepared(common["type"], key, common, detail)


def add_entries(session: Session, user_id: int,
                entries: Sequence[Entry | Prepared]) -> WriteResult:
    """Insert the entries not already stored for this user; returns counts per type."""
    result = WriteResult()
    dialect = session.connection().dialect.name
    keyed: dict[str, Prepared] = {}
    for item in entries:
        ready = item if isinstance(item, Prepared) else prepare(item, dialect)
        if isinstance(ready, Profile):
            _upsert_profile(session, user_id, ready, result)
            continue
        if ready.key in keyed:
            result.duplicates[ready.kind] += 1
            continue
        keyed[ready.key] = ready
    if not keyed:
        return result
    if dialect == "postgresql":
        fresh = _insert_new_pg(session, user_id, list(keyed.values()))
    else:
        fresh = _insert_new_sqlite(session, user_id, list(keyed.values()))
    for ready in keyed.values():
        result.duplicates[ready.kind] += 1
    by_type: dict[str, list[dict[str, Any]]] = {}
    for ready in fresh:
        result.duplicates[ready.kind] -= 1
        by_type.setdefault(ready.kind, []).append(ready.detail)
    for kind, rows in by_type.items():
        fast_insert(session, DETAIL_TABLES[kind].__table__, rows, converted=True)
        result.added[kind] += len(rows)
    result.duplicates = +result.duplicates  # drop zero counts
    return result


_PG_ROWS_PER_STATEMENT = 1000


def _insert_new_sqlite(session: Session, user_id: int, batch: list[Prepared]) -> list[Prepared]:
    """Insert the common rows with ``INSERT OR IGNORE`` on pre-allocated, consecutive ids.

    The unique index skips stored dedupe keys during the insert itself; which rows went in is
    then one range scan of the primary key, instead of a lookup per key beforehand.
    """
    ids = _allocate_ids(session, user_id, len(batch))
    commons = [{**ready.common, "id": entry_id, "user_id": user_id}
               for entry_id, ready in zip(ids, batch, strict=True)]
    fast_insert(session, EntryRow.__table__, commons, converted=True, or_ignore=True)
    conn = session.connection()
    inserted = {int(r[0]) for r in conn.exec_driver_sql(
        "SELECT id FROM entries WHERE id BETWEEN ? AND ?", (ids[0], ids[-1]))}
    return [ready._replace(detail={**ready.detail, "entry_id": entry_id})
            for entry_id, ready in zip(ids, batch, strict=True) if entry_id in inserted]


def _insert_new_pg(session: Session, user_id: int, batch: list[Prepared]) -> list[Prepared]:
    """Insert the common rows, skipping stored dedupe keys in the same statement.

    ``ON CONFLICT DO NOTHING RETURNING id`` lets the unique index decide: a separate lookup
    query would be planned against the stale statistics of a table growing inside one long
    import transaction, and turn into a scan per batch.
    """
    conn = session.connection()
    ids = _allocate_ids(session, user_id, len(batch))
    columns = ["id", "user_id", *batch[0].common]
    assert set(columns) <= set(EntryRow.__table__.columns.keys())
    inserted: set[int] = set()
    for start in range(0, len(batch), _PG_ROWS_PER_STATEMENT):
        part = list(zip(ids[start:start + _PG_ROWS_PER_STATEMENT],
                        batch[start:start + _PG_ROWS_PER_STATEMENT], strict=True))
        row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
        # column names come from the table definition, values are bound parameters
        sql = (f"INSERT INTO entries ({', '.join(columns)}) VALUES "  # noqa: S608
               + ", ".join([row_sql] * len(part))
               + " ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id")
        params: list[Any] = []
        for entry_id, ready in part:
            params.extend((entry_id, user_id, *ready.common.values()))
        inserted.update(int(r[0]) for r in conn.exec_driver_sql(sql, tuple(params)))
    return [ready._replace(detail={**ready.detail, "entry_id": entry_id})
            for entry_id, ready in zip(ids, batch, strict=True) if entry_id in inserted]


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
    conn.exec_driver_sql("UPDATE users SET id = id WHERE id = ?", (user_id,))
    start = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM entries").scalar_one())
    return list(range(start + 1, start + 1 + count))


def fast_insert(session: Session, table: Any, rows: list[dict[str, Any]],
                converted: bool = False, or_ignore: bool = False) -> None:
    """``executemany`` on the driver with values converted here: the bulk path of imports.

    SQLAlchemy's per-row processing costs more than the insert itself at a million rows; the
    conversions below are exactly what the column types would do (UTC text on SQLite, JSON).
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    names = list(rows[0])
    statement = insert(table)
    if or_ignore:
        statement = statement.prefix_with("OR IGNORE", dialect="sqlite")
    compiled = statement.compile(dialect=dialect, column_keys=names)
    if not converted:
        converters = _converters(table, dialect.name)
        for row in rows:
            for name, convert in converters.items():
                value = row.get(name)
                if value is not None:
                    row[name] = convert(value)
    if compiled.positional:
        pick = operator.itemgetter(*(compiled.positiontup or []))
        values = [pick(row) for row in rows]
        if len(compiled.positiontup or []) == 1:
            values = [(v,) for v in values]
        conn.exec_driver_sql(str(compiled), values)
    else:
        conn.exec_driver_sql(str(compiled), rows)


@cache
def _converters(table: Any, dialect: str) -> dict[str, Any]:
    found = {c.name: _converter(c.type, dialect) for c in table.columns}
    return {name: f for name, f in found.items() if f is not None}


def _converter(column_type: Any, dialect: str) -> Any:
    if isinstance(column_type, UTCDateTime):
        if dialect == "sqlite":
            return _sqlite_time
        return _utc
    if isinstance(column_type, JSON):
        return _json
    return None


def _sqlite_time(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def _upsert_profile(session: Session, user_id: int, profile: Profile, result: WriteResult) -> None:
    current = session.scalar(select(EntryRow).where(
        EntryRow.user_id == user_id, EntryRow.dedupe_key == _PROFILE_KEY))
    if current is not None:
        old = load_entry(session, user_id, current.id)
        if old is not None and old.to_json() == profile.to_json():
            result.duplicates["profile"] += 1
            return
        session.execute(delete(EntryRow).where(EntryRow.id == current.id))
        session.flush()
        result.updated["profile"] += 1
    else:
        result.added["profile"] += 1
    common, detail = _rows_for(profile, user_id, _PROFILE_KEY)
    entry_id = session.execute(insert(EntryRow).returning(EntryRow.id), common).scalar_one()
    session.execute(insert(DETAIL_TABLES["profile"]), {**detail, "entry_id": entry_id})


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
    return bool(getattr(done, "rowcount", 0))


def delete_all(session: Session, user_id: int) -> int:
    """Remove every entry of this user (the "delete my data" button)."""
    done = session.execute(delete(EntryRow).where(EntryRow.user_id == user_id))
    return int(getattr(done, "rowcount", 0) or 0)


def count_entries(session: Session, user_id: int) -> dict[str, int]:
    rows = session.execute(select(EntryRow.type, func.count()).where(
        EntryRow.user_id == user_id).group_by(EntryRow.type))
    return {kind: int(n) for kind, n in rows}
